/**
 * Complexity guards on the real sandbox: a test's large input travels as a recipe and is made by
 * the runner (contracts/generated-input.ts), and the limits follow the host's CPU calibration.
 */
import { describe, expect, it } from "vitest";
import { expandRecipe, expandValue, type Recipe } from "../../contracts/generated-input.js";
import { MAX_TEST_BYTES, type TestEvent } from "../../contracts/runner.js";
import { RunnerError } from "../src/core/service.js";
import { run, testCore } from "./helpers.js";

const SUM = `import sys, json
nums = json.loads(sys.stdin.readline())
k = int(sys.stdin.readline())
print(sum(nums) * k)
`;
const tests = (o: { events: unknown[] }) => o.events.filter((e): e is TestEvent => (e as TestEvent).type === "test");

describe("a test made from a recipe", () => {
  const core = testCore();
  const recipe: Recipe = [{ $gen: "ints", n: 200_000, min: -1_000_000, max: 1_000_000, seed: 5 }, 3];
  const expected = String((expandValue(recipe[0]) as number[]).reduce((a, b) => a + b, 0) * 3);

  it("runs on the input the recipe makes, far over the per-test cap, and is judged on it", async () => {
    expect(Buffer.byteLength(expandRecipe(recipe))).toBeGreaterThan(4 * MAX_TEST_BYTES);
    const o = await run(core, "python", SUM, { tests: [{ generate: recipe, expected }, { generate: recipe, expected: "0" }, { input: "[1,2]\n2\n", expected: "6" }] });
    expect(tests(o).map((t) => t.verdict)).toEqual(["AC", "WA", "AC"]);
  });

  it("refuses a request whose recipes make too much in all, before anything runs", () => {
    const huge = { $gen: "ints" as const, n: 4_000_000, min: 0, max: 1_000_000_000, seed: 1 }; // ~40 MB printed
    const tests = Array.from({ length: 3 }, () => ({ generate: [huge], expected: "" }));
    expect(() => core.check({ language: "python", files: [{ name: "main.py", content: SUM }], tests })).toThrow(/recipes make over 64 MiB of input \(test \d\)/);
  });

  it("refuses a recipe that cannot be made before anything runs, naming the test", () => {
    const bad = { language: "python" as const, files: [{ name: "main.py", content: SUM }], tests: [{ input: "[1]\n1\n", expected: "1" }, { generate: [{ $gen: "ints" as const, n: 10, min: 0, max: 3, seed: 1, distinct: true }], expected: "" }] };
    expect(() => core.check(bad)).toThrow(RunnerError);
    expect(() => core.check(bad)).toThrow(/test 1: ints: distinct/);
  });
});

describe("limits follow the host's CPU calibration", () => {
  // Spends 600 ms of CPU, whatever the host: a verdict then depends only on the limit it got.
  const BUSY = `#include <stdio.h>
#include <time.h>
int main(void) { volatile unsigned long x = 0; while (clock() < CLOCKS_PER_SEC * 6 / 10) x++; puts("done"); return 0; }
`;
  const limits = { cpuMs: 400, wallMs: 2000 };

  it("says its scale on every run's started event and in its health", async () => {
    const core = testCore({ cpuScale: 2 });
    const o = await run(core, "python", "print(1)");
    expect(o.events.find((e) => e.type === "started")).toMatchObject({ cpuScale: 2 });
    expect(core.health().calibration).toMatchObject({ cpuScale: 2, source: "configured" });
  });

  it("a host calibrated twice as slow gives twice the time: 600 ms of CPU passes a 400 ms limit there and not on the reference host", async () => {
    const reference = await run(testCore({ cpuScale: 1 }), "c", BUSY, { tests: [{ input: "", expected: "done" }], limits });
    expect(tests(reference)[0].verdict).toBe("TLE");
    const slow = await run(testCore({ cpuScale: 2 }), "c", BUSY, { tests: [{ input: "", expected: "done" }], limits });
    expect(tests(slow)[0].verdict).toBe("AC");
  });
});
