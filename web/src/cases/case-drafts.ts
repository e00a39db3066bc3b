/**
 * The test-case panel's cases as the candidate edits them: each argument as JSON text, by name. The
 * problem's examples start the list; an example left as it is runs as that example, an edited one
 * (or an added case) runs as a custom case whose expected output the reference solution gives.
 * Pure: the panel renders drafts, Run turns them into the body of `POST …/runs`.
 */
import type { ProblemDetail, Signature } from "../../../contracts/problems";
import { MAX_CUSTOM_CASES } from "../../../contracts/room-state";
import { inputFields } from "../../../contracts/value-check";

export interface CaseDraft {
  /** Stable across edits (React key). */
  key: string;
  /** The example this case started as, if it did. */
  example: number | null;
  /** Each parameter's value as JSON text. */
  values: Record<string, string>;
}

/** Why a field cannot run: not JSON at all, or JSON of the wrong type. */
export type FieldError = "json" | "type";

let nextKey = 0;
const newKey = () => `c${++nextKey}`;

export function draftsFromExamples(problem: Pick<ProblemDetail, "signature" | "examples">): CaseDraft[] {
  return problem.examples.map((e, i) => ({
    key: newKey(),
    example: i,
    values: Object.fromEntries(inputFields(problem.signature).map((f) => [f.name, JSON.stringify(e.input[f.name])])),
  }));
}

/** A new custom case: a copy of `from` (LeetCode's "+"), or empty fields. */
export function newDraft(sig: Signature, from?: CaseDraft): CaseDraft {
  return { key: newKey(), example: null, values: Object.fromEntries(inputFields(sig).map((f) => [f.name, from?.values[f.name] ?? ""])) };
}

function parse(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** Each field that cannot run, by parameter name (empty when the case is fine). */
export function fieldErrors(sig: Signature, draft: CaseDraft): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const f of inputFields(sig)) {
    const parsed = parse(draft.values[f.name] ?? "");
    if (!parsed.ok) errors[f.name] = "json";
    else if (f.check(parsed.value)) errors[f.name] = "type";
  }
  return errors;
}

/** Whether an example's case still holds the example's own values (spacing aside). */
function untouched(problem: Pick<ProblemDetail, "signature" | "examples">, draft: CaseDraft): boolean {
  if (draft.example === null) return false;
  const original = problem.examples[draft.example];
  if (!original) return false;
  return inputFields(problem.signature).every((f) => {
    const parsed = parse(draft.values[f.name] ?? "");
    return parsed.ok && JSON.stringify(parsed.value) === JSON.stringify(original.input[f.name]);
  });
}

export interface CasesBody {
  /** Omitted when every example runs as it is (the server's default). */
  examples?: number[];
  cases?: Record<string, unknown>[];
}

export type CasesForRun = { ok: true; body: CasesBody } | { ok: false; reason: "invalid" | "empty" | "tooMany"; index?: number };

/** The run request's cases: untouched examples by index, the rest as named arguments. */
export function casesForRun(problem: Pick<ProblemDetail, "signature" | "examples">, drafts: readonly CaseDraft[]): CasesForRun {
  if (drafts.length === 0) return { ok: false, reason: "empty" };
  const bad = drafts.findIndex((d) => Object.keys(fieldErrors(problem.signature, d)).length > 0);
  if (bad >= 0) return { ok: false, reason: "invalid", index: bad };
  const examples = drafts.filter((d) => untouched(problem, d)).map((d) => d.example!);
  const custom = drafts.filter((d) => !untouched(problem, d));
  if (custom.length > MAX_CUSTOM_CASES) return { ok: false, reason: "tooMany" };
  const cases = custom.map((d) => Object.fromEntries(inputFields(problem.signature).map((f) => [f.name, JSON.parse(d.values[f.name])])));
  const allExamples = examples.length === problem.examples.length && new Set(examples).size === examples.length;
  return {
    ok: true,
    body: { ...(allExamples ? {} : { examples: [...new Set(examples)].sort((a, b) => a - b) }), ...(cases.length ? { cases } : {}) },
  };
}
