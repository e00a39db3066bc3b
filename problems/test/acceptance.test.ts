/**
 * The judge end to end on the real runner: Accepted, Wrong Answer with the failing input, TLE on
 * the large test, runaway recursion ends as RE/MLE (never a hang), state kept between calls does
 * not leak across tests, Submit stops at the first failure, custom cases get their expected output
 * from the reference solution, floats compare with tolerance, compile errors are CE.
 */
import { describe, expect, it } from "vitest";
import type { JudgedLanguageId } from "../../contracts/languages";
import { buildReferenceRunRequest, customInput, ReferenceOutputs, type JudgeCase } from "../../judge/index";
import { judge, stream } from "../lib/runner";
import { allCases, exampleCases, problem, target } from "./helpers";

describe.concurrent("judge", () => {
  it("a correct solution is Accepted on Submit, with k / N, time and memory", async () => {
    const p = await problem("two-sum");
    const r = await judge(target(), p, "cpp", p.reference.cpp!, p.hidden, "submit");
    expect(r).toMatchObject({ verdict: "AC", passed: p.hidden.length, total: p.hidden.length });
    expect(r.timeMs).toBeGreaterThanOrEqual(0);
    expect(r.failure).toBeUndefined();
  });

  it("an off-by-one is Wrong Answer with the failing input, expected and actual; Submit stops there", async () => {
    const p = await problem("two-sum");
    const code = `class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int i = 0; i + 1 < (int)nums.size(); i++) {  // off by one: never looks at the last element
            auto it = seen.find(target - nums[i]);
            if (it != seen.end()) return {it->second, i};
            seen[nums[i]] = i;
        }
        cout << "no pair found" << endl;
        return {};
    }
};`;
    const r = await judge(target(), p, "cpp", code, p.hidden, "submit");
    expect(r.verdict).toBe("WA");
    expect(r.passed).toBe(0);
    expect(r.total).toBe(p.hidden.length);
    expect(r.failure).toMatchObject({ index: 0, kind: "hidden", input: "nums = [1,2]\ntarget = 3", expected: "[0,1]", actual: "[]" });
    expect(r.failure!.stdout).toContain("no pair found"); // the candidate's prints, kept apart from the result
    expect(r.aborted).toBe(true);
    expect(r.events.filter((e) => e.type === "test")).toHaveLength(1);
  });

  it("Run shows every example's verdict and output", async () => {
    const p = await problem("two-sum");
    const code = "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n";
    const r = await judge(target(), p, "python", code, exampleCases(p), "run");
    expect(r.tests.map((t) => t.verdict)).toEqual(["AC", "WA", "AC"]);
    expect(r).toMatchObject({ verdict: "WA", passed: 2, total: 3 });
    expect(r.tests[1]).toMatchObject({ kind: "example", expected: "[1,2]", actual: "[0,1]" });
  });

  it("an O(n^2) solution passes the small tests and is TLE on the large one", async () => {
    const p = await problem("container-with-most-water");
    const code = `class Solution:
    def maxArea(self, height):
        best = 0
        for i in range(len(height)):
            for j in range(i + 1, len(height)):
                best = max(best, min(height[i], height[j]) * (j - i))
        return best
`;
    const r = await judge(target(), p, "python", code, allCases(p), "submit");
    expect(r.verdict).toBe("TLE");
    const large = allCases(p).findIndex((c) => c.input.length > 50_000);
    expect(r.failure!.index).toBe(large);
    expect(r.passed).toBe(large);
  });

  const recursion: [JudgedLanguageId, string][] = [
    ["python", "class Solution:\n    def climbStairs(self, n):\n        return self.climbStairs(n + 1)\n"],
    ["cpp", "class Solution {\npublic:\n    long long climbStairs(int n) { return climbStairs(n + 1) * 2 + climbStairs(n + 2); }\n};\n"],
    ["java", "class Solution {\n    public long climbStairs(int n) { return climbStairs(n + 1) + 1; }\n}\n"],
    ["go", "func climbStairs(n int) int64 {\n\treturn climbStairs(n+1) + 1\n}\n"],
    ["javascript", "function climbStairs(n) { return climbStairs(n + 1) + 1; }\n"],
  ];
  for (const [lang, code] of recursion) {
    it(`infinite recursion in ${lang} is RE or MLE, not a hang`, async () => {
      const p = await problem("climbing-stairs");
      const started = Date.now();
      const r = await judge(target(), p, lang, code, p.hidden.slice(0, 2), "submit");
      expect(["RE", "MLE"]).toContain(r.verdict); // a hang would end as TLE at the wall limit
      // Only a runner stuck past every limit: a compile and two runs take 6-9 s alone, 22-33 s
      // beside the browser tests in a CI run on two cores.
      expect(Date.now() - started).toBeLessThan(90_000);
    });
  }

  it("state kept between calls does not leak: each test runs in a fresh process", async () => {
    const p = await problem("two-sum");
    const py = `calls = 0
class Solution:
    def twoSum(self, nums, target):
        global calls
        calls += 1
        if calls > 1:
            return [-1, -1]
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
`;
    const java = `class Solution {
    static int calls = 0;
    public int[] twoSum(int[] nums, int target) {
        if (++calls > 1) return new int[] { -1, -1 };
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < nums.length; i++) {
            Integer j = seen.get(target - nums[i]);
            if (j != null) return new int[] { j, i };
            seen.put(nums[i], i);
        }
        return new int[0];
    }
}`;
    const [a, b] = await Promise.all([judge(target(), p, "python", py, allCases(p), "submit"), judge(target(), p, "java", java, p.hidden.slice(0, 6), "submit")]);
    expect(a).toMatchObject({ verdict: "AC", passed: allCases(p).length });
    expect(b).toMatchObject({ verdict: "AC", passed: 6 });
  });

  it("custom cases get their expected output from the reference solution", async () => {
    const p = await problem("two-sum");
    const inputs = [customInput(p, { nums: [5, 1, 5], target: 10 }), customInput(p, "nums = [-1, 4, 9]\ntarget = 13")];
    const ref = new ReferenceOutputs(inputs.length);
    await stream(target(), buildReferenceRunRequest(p, inputs), ref);
    const out = ref.result();
    expect(out).toEqual({ ok: true, expected: ["[0,2]", "[1,2]"] });
    const cases: JudgeCase[] = [...exampleCases(p), ...inputs.map((input, i) => ({ kind: "custom" as const, input, expected: (out as { expected: string[] }).expected[i] }))];
    const r = await judge(target(), p, "go", p.reference.go!, cases, "run");
    expect(r).toMatchObject({ verdict: "AC", passed: 5, total: 5 });
    expect(r.tests.map((t) => t.kind)).toEqual(["example", "example", "example", "custom", "custom"]);
  });

  it("custom input that does not fit the signature is refused before any run", async () => {
    const p = await problem("two-sum");
    expect(() => customInput(p, { nums: [1, "x"], target: 1 })).toThrow(/nums\[1\]: expected a 32-bit int/);
    expect(() => customInput(p, "[1,2]")).toThrow(/expected 2 lines/);
  });

  it("doubles compare within 1e-5, not exactly", async () => {
    const p = await problem("average-of-levels-in-binary-tree");
    const noisy = (eps: string) => `function averageOfLevels(root) {
    const out = [];
    let level = [root];
    while (level.length) {
        out.push(level.reduce((s, n) => s + n.val, 0) / level.length + ${eps});
        level = level.flatMap((n) => [n.left, n.right].filter((c) => c !== null));
    }
    return out;
}`;
    const [close, far] = await Promise.all([
      judge(target(), p, "javascript", noisy("1e-9"), exampleCases(p), "submit"),
      judge(target(), p, "javascript", noisy("1e-3"), exampleCases(p), "submit"),
    ]);
    expect(close.verdict).toBe("AC");
    expect(far.verdict).toBe("WA");
  });

  it("a compile error is CE with the compiler's message", async () => {
    const p = await problem("two-sum");
    const r = await judge(target(), p, "rust", "impl Solution { pub fn two_sum(nums: Vec<i32>, target: i32) -> Vec<i32> { nums.missing() } }", p.hidden, "submit");
    expect(r.verdict).toBe("CE");
    expect(r.message).toMatch(/error/);
    expect(r.passed).toBe(0);
  });
});
