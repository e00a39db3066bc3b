/**
 * When the judge stops a run early, on the real runner: a compile error is one CE for the run (not
 * one per case), and Run stops at the first TLE — an infinite loop costs one time limit, not one per
 * example. The limits a judged run gets are stated, memory included, so the panel can show them.
 */
import { describe, expect, it } from "vitest";
import { limitsFor } from "../../judge/index";
import { judge } from "../lib/runner";
import { exampleCases, problem, target } from "./helpers";

describe.concurrent("the judge stops early", () => {
  it("a compile error is one CE with the compiler's message, whatever the number of cases", async () => {
    const p = await problem("two-sum");
    const code = "class Solution { public: vector<int> twoSum(vector<int>& nums, int target) { return nums.missing(); } };";
    const r = await judge(target(), p, "cpp", code, exampleCases(p), "run");
    expect(r).toMatchObject({ verdict: "CE", passed: 0, total: 3, tests: [] });
    expect(r.message).toMatch(/missing/);
    expect(r.aborted).toBe(true);
    expect(r.events.filter((e) => e.type === "test")).toEqual([]);
  });

  it("Run stops at the first TLE: an infinite loop costs about one time limit, and the rest are not run", async () => {
    const p = await problem("two-sum");
    const code = "class Solution:\n    def twoSum(self, nums: List[int], target: int) -> List[int]:\n        while True:\n            pass\n";
    const limits = limitsFor(p.timeLimitMs, "python");
    const started = Date.now();
    const r = await judge(target(), p, "python", code, exampleCases(p), "run");
    const elapsed = Date.now() - started;
    expect(r, r.failure?.stdout).toMatchObject({ verdict: "TLE", passed: 0, total: 3 });
    expect(r.tests.map((t) => [t.index, t.verdict])).toEqual([[0, "TLE"]]);
    expect(r.failure?.index).toBe(0);
    expect(r.aborted).toBe(true); // the runner was told to stop: cases 2 and 3 never started
    expect(r.events.filter((e) => e.type === "test")).toHaveLength(1);
    // Each case ends at its CPU limit, or its wall limit on a loaded host: one case's worth, not three.
    expect(elapsed).toBeLessThan(2 * limits.wallMs);
  });

  it("a judged run's limits name its time (per language) and memory", () => {
    expect(limitsFor(1000, "cpp")).toEqual({ cpuMs: 1000, wallMs: 3000, memoryMb: 256 });
    expect(limitsFor(1000, "python")).toEqual({ cpuMs: 4100, wallMs: 9200, memoryMb: 256 });
  });
});
