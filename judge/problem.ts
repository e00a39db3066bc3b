/**
 * What the judge needs of a problem, and a problem's cases as the runner gets them: stdin (one
 * canonical JSON value per parameter, one a line) and the canonical expected stdout.
 */
import type { LanguageId } from "../contracts/languages";
import type { CaseKind, Signature } from "../contracts/problems";

export interface JudgeProblem {
  slug: string;
  signature: Signature;
  timeLimitMs: number;
}

export interface JudgeCase {
  kind: CaseKind;
  input: string;
  expected: string;
}

/** A problem with its reference solutions (never sent to clients). */
export interface ReferenceProblem extends JudgeProblem {
  reference: Partial<Record<LanguageId, string>>;
}
