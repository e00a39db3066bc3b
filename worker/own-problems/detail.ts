/**
 * A version of an interviewer's own problem as `GET /api/problems/:slug` serves the library's:
 * what a candidate may see, never hidden tests or references. Served to whoever has the ref, as
 * the room's candidate (no account) must read it: the ref is an unguessable id that only the
 * problem's owners and the rooms given it ever see. Deleted problems stay readable for those rooms.
 */
import type { OwnProblemDraft } from "../../contracts/own-problems";
import type { ProblemDetail, Signature } from "../../contracts/problems";
import { signaturesFor } from "../../judge/problem-languages";
import type { OwnVersionRow } from "../../data/own-problems";

export function ownProblemDetail(ref: string, v: OwnVersionRow): ProblemDetail {
  const signature = v.signature as Signature;
  return {
    slug: ref, title: v.title, difficulty: v.difficulty, tags: (v.draft as OwnProblemDraft).tags, expectedMinutes: v.expectedMinutes,
    statement: v.statement, constraints: (v.draft as OwnProblemDraft).constraints ?? [], signature,
    examples: v.examples.map(({ input, output, explanation }) => ({ input, output, ...(explanation ? { explanation } : {}) })),
    starter: v.starter as ProblemDetail["starter"], signatures: signaturesFor(signature), timeLimitMs: v.timeLimitMs, hiddenTests: v.hidden.length,
  };
}
