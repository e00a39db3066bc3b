/**
 * Code that does not match the problem's signature — a renamed function, another parameter count,
 * no Solution class — is judged CE with a mismatch that names the signature the problem expects in
 * that language, and nothing of the harness reaches the candidate; on the real runner.
 */
import { describe, expect, it } from "vitest";
import type { LanguageId } from "../../contracts/languages";
import type { SignatureMismatch } from "../../contracts/problems";
import { MISMATCH_MARKER, signatureOf } from "../../judge/index";
import { judge } from "../lib/runner";
import { exampleCases, problem, target } from "./helpers";

interface Case {
  language: LanguageId;
  what: string;
  code: string;
  kind: SignatureMismatch["kind"];
  found?: string;
}

const CASES: Case[] = [
  {
    language: "python", what: "a renamed method", kind: "missing_function", found: "two_sum(self, nums, target)",
    code: "class Solution:\n    def two_sum(self, nums, target):\n        return [0, 1]\n",
  },
  {
    language: "python", what: "a method with a parameter too few", kind: "wrong_arity", found: "twoSum(self, nums)",
    code: "class Solution:\n    def twoSum(self, nums):\n        return [0, 1]\n",
  },
  {
    language: "python", what: "no Solution class", kind: "missing_class", found: "twoSum(nums, target)",
    code: "def twoSum(nums, target):\n    return [0, 1]\n",
  },
  {
    language: "java", what: "a renamed method", kind: "missing_function",
    code: "class Solution {\n    public int[] findPair(int[] nums, int target) {\n        return new int[] {0, 1};\n    }\n}\n",
  },
  {
    language: "java", what: "no Solution class", kind: "missing_class",
    code: "class Answer {\n    public int[] twoSum(int[] nums, int target) {\n        return new int[] {0, 1};\n    }\n}\n",
  },
  {
    language: "cpp", what: "a renamed method", kind: "missing_function",
    code: "class Solution {\npublic:\n    vector<int> two_sum(vector<int>& nums, int target) {\n        return {0, 1};\n    }\n};\n",
  },
  {
    language: "cpp", what: "a method with a parameter too many", kind: "wrong_arity", found: "twoSum(vector<int>& nums, int target, int extra)",
    code: "class Solution {\npublic:\n    vector<int> twoSum(vector<int>& nums, int target, int extra) {\n        return {0, 1};\n    }\n};\n",
  },
  {
    language: "cpp", what: "no Solution class", kind: "missing_class",
    code: "vector<int> twoSum(vector<int>& nums, int target) {\n    return {0, 1};\n}\n",
  },
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
    for (const [language, starter] of Object.entries(p.starter) as [LanguageId, string][]) {
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
  });
});
