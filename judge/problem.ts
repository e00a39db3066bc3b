/**
 * What the judge needs of a problem, and a problem's cases as the runner gets them: stdin (one
 * canonical JSON value per parameter, one a line) and the canonical expected stdout.
 */

import type { Recipe } from "../contracts/generated-input";
import type { CaseKind, ProblemLanguageId, Signature } from "../contracts/problems";

export interface JudgeProblem {
  slug: string;
  signature: Signature;
  timeLimitMs: number;
}

export interface JudgeCase {
  kind: CaseKind;
  /** The stdin; for a generated case, a line per parameter saying what the recipe makes (for display). */
  input: string;
  expected: string;
  /** A large input's recipe (contracts/generated-input.ts): the runner makes the stdin from it. */
  generate?: Recipe;
}

/** The case as the runner gets it. */
export function runnerTest(c: JudgeCase): { input: string; expected: string } | { generate: Recipe; expected: string } {
  return c.generate ? { generate: c.generate, expected: c.expected } : { input: c.input, expected: c.expected };
}

/** A problem with its reference solutions (never sent to clients). */
export interface ReferenceProblem extends JudgeProblem {
  reference: Partial<Record<ProblemLanguageId, string>>;
}
