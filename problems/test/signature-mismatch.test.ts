/**
 * Code that does not match the problem's signature — a renamed function, another parameter count,
 * no Solution class — is judged CE with a mismatch that names the signature the problem expects in
 * that language, and nothing of the harness reaches the candidate; on the real runner.
 */
import { describe, expect, it } from "vitest";
import type { JudgedLanguageId } from "../../contracts/languages";
import type { SignatureMismatch } from "../../contracts/problems";
import { MISMATCH_MARKER, signatureOf } from "../../judge/index";
import { judge } from "../lib/runner";
import { exampleCases, problem, target } from "./helpers";

const row = (language: JudgedLanguageId, what: string, kind: SignatureMismatch["kind"], code: string, found?: string): Case => ({ language, what, kind, code, found });

interface Case {
  language: JudgedLanguageId;
  what: string;
  code: string;
  kind: SignatureMismatch["kind"];
  found?: string;
}

/** language, what the code does wrong, the mismatch kind, the code, what the judge found (when it can tell). */
const CASES: Case[] = [
  row("python", "a renamed method", "missing_function", "class Solution:\n    def two_sum(self, nums, target):\n        return [0, 1]\n", "two_sum(self, nums, target)"),
  row("python", "a method with a parameter too few", "wrong_arity", "class Solution:\n    def twoSum(self, nums):\n        return [0, 1]\n", "twoSum(self, nums)"),
  row("python", "no Solution class", "missing_class", "def twoSum(nums, target):\n    return [0, 1]\n", "twoSum(nums, target)"),
  row("java", "a renamed method", "missing_function", "class Solution {\n    public int[] findPair(int[] nums, int target) {\n        return new int[] {0, 1};\n    }\n}\n"),
  row("java", "no Solution class", "missing_class", "class Answer {\n    public int[] twoSum(int[] nums, int target) {\n        return new int[] {0, 1};\n    }\n}\n"),
  row("cpp", "a renamed method", "missing_function", "class Solution {\npublic:\n    vector<int> two_sum(vector<int>& nums, int target) {\n        return {0, 1};\n    }\n};\n"),
  row("cpp", "a method with a parameter too many", "wrong_arity", "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target, int extra) {\n        return {0, 1};\n    }\n};\n", "twoSum(vector<int>& nums, int target, int extra)"),
  row("cpp", "no Solution class", "missing_class", "vector<int> twoSum(vector<int>& nums, int target) {\n    return {0, 1};\n}\n"),
  row("javascript", "a renamed function", "missing_function", "function findPair(nums, target) {\n    return [0, 1];\n}\n"),
  row("typescript", "a renamed function", "missing_function", "function findPair(nums: number[], target: number): number[] {\n    return [0, 1];\n}\n"),
  row("csharp", "a renamed method", "missing_function", "public class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return new int[] {0, 1};\n    }\n}\n"),
  row("csharp", "a method with a parameter too few", "wrong_arity", "public class Solution {\n    public int[] TwoSum(int[] nums) {\n        return new int[] {0, 1};\n    }\n}\n", "TwoSum(int[] nums)"),
  row("csharp", "no Solution class", "missing_class", "public class Answer {\n    public int[] TwoSum(int[] nums, int target) {\n        return new int[] {0, 1};\n    }\n}\n"),
  row("go", "a function with a parameter too few", "wrong_arity", "func twoSum(nums []int) []int {\n\treturn []int{0, 1}\n}\n", "twoSum(nums []int)"),
];

describe.concurrent("a signature mismatch is explained with the expected signature", () => {
  for (const c of CASES) {
    it(`${c.language}: ${c.what}`, async () => {
      const p = await problem("two-sum");
      for (const mode of ["run", "submit"] as const) {
        const cases = mode === "run" ? exampleCases(p) : p.hidden;
        const r = await judge(target(), p, c.language, c.code, cases, mode);
        expect(r.verdict).toBe("CE");
        expect(r.mismatch).toEqual({ kind: c.kind, expected: signatureOf(p.signature, c.language), ...(c.found ? { found: c.found } : {}) });
        expect(r.message).toBeUndefined(); // the mismatch replaces the errors about the harness's call
        for (const t of r.tests) expect(t.stdout ?? "").not.toContain(MISMATCH_MARKER);
      }
    });
  }

  it("the expected signature is what the starter declares, in every language", async () => {
    const p = await problem("two-sum");
    for (const [language, starter] of Object.entries(p.starter) as [JudgedLanguageId, string][]) {
      const { container, declaration } = signatureOf(p.signature, language);
      expect(starter).toContain(declaration);
      if (container) expect(starter).toContain(container);
    }
  });

  it("code that matches and fails for another reason keeps its own error", async () => {
    const p = await problem("two-sum");
    const py = await judge(target(), p, "python", "class Solution:\n    def twoSum(self, nums, target):\n        return nums[99]\n", exampleCases(p), "run");
    expect(py.verdict).toBe("RE");
    expect(py.mismatch).toBeUndefined();
    const java = await judge(target(), p, "java", "class Solution {\n    public int[] twoSum(int[] nums, int target) {\n        return undefinedName;\n    }\n}\n", exampleCases(p), "run");
    expect(java.verdict).toBe("CE");
    expect(java.mismatch).toBeUndefined();
    expect(java.message).toMatch(/cannot find symbol/);
    const cs = await judge(target(), p, "csharp", "public class Solution {\n    public int[] TwoSum(int[] nums, int target) {\n        return undefinedName;\n    }\n}\n", exampleCases(p), "run");
    expect(cs.verdict).toBe("CE");
    expect(cs.mismatch).toBeUndefined();
    expect(cs.message).toMatch(/^main\.cs\(3,\d+\): error CS0103/m);
  });
});
