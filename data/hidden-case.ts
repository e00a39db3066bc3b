/** A stored hidden test (D1 problem_tests, or an own-problem version's `hidden`) as the judge takes it. */
import type { Recipe } from "../contracts/generated-input";
import type { JudgeCase } from "../judge/problem";

export function hiddenCase(t: { input: string; expected: string; generate?: Recipe | null }): JudgeCase {
  return { kind: "hidden", input: t.input, expected: t.expected, ...(t.generate ? { generate: t.generate } : {}) };
}
