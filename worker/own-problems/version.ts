/**
 * A draft from the form, checked by the shipped library's own rules (judge/problem-spec.ts
 * compileProblem: the same signature, example and test checks, the same per-test size cap) and
 * compiled once into what a version keeps: tests in the runner's form, starters from the signature.
 */
import type { OwnProblemDraft } from "../../contracts/own-problems";
import { compileProblem, ProblemError } from "../../judge/problem-spec";
import type { VersionInput } from "../../data/own-problems";
import { HttpError } from "../http-error";

/** compileProblem names the file a mistake is in; the form names the field. */
const FIELD_OF_FILE: Record<string, string> = { "problem.json": "problem", "tests.json": "hidden tests", "statement.md": "statement" };

/** `by`: the version's author. 400 naming the first mistake. */
export function compileDraft(draft: OwnProblemDraft, by: string): VersionInput {
  let compiled: ReturnType<typeof compileProblem>;
  try {
    compiled = compileProblem({
      slug: "own-problem", // its ref is known once the version is numbered; no message names it
      dir: "",
      problemJson: {
        title: draft.title, difficulty: draft.difficulty, tags: draft.tags, signature: draft.signature, examples: draft.examples,
        timeLimitMs: draft.timeLimitMs, ...(draft.expectedMinutes ? { expectedMinutes: draft.expectedMinutes } : {}),
        constraints: draft.constraints, hints: draft.hints, followUps: draft.followUps, ...(draft.strongAnswer ? { strongAnswer: draft.strongAnswer } : {}),
      },
      statement: draft.statement,
      tests: draft.hiddenTests,
      reference: draft.references,
    });
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    const file = e.file.replace(/^\//, "");
    throw new HttpError("bad_request", `${FIELD_OF_FILE[file] ?? file}: ${e.message.slice(e.file.length + 2)}`);
  }
  return {
    title: compiled.title, difficulty: compiled.difficulty, draft, statement: compiled.statement, signature: compiled.signature,
    examples: compiled.examples, hidden: compiled.hidden.map(({ input, expected, generate }) => ({ input, expected, ...(generate ? { generate } : {}) })),
    starter: compiled.starter, reference: compiled.reference as Record<string, string>, timeLimitMs: compiled.timeLimitMs,
    expectedMinutes: compiled.expectedMinutes, createdBy: by,
  };
}
