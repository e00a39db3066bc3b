/**
 * The problem form's state and the draft the API takes (contracts/own-problems.ts), both ways.
 * Examples and hidden tests are edited as JSON lines, one `{"input": {…}, "output": …}` a line:
 * what the repository's tests.json holds, one case per line so a mistake names its line. Pure,
 * so it is tested without a browser.
 */
import type { JudgedLanguageId } from "../../../contracts/languages";
import type { OwnProblemDraft } from "../../../contracts/own-problems";
import { type CaseSpec, type DesignSignature, type FollowUp, isDesign, type ValueType } from "../../../contracts/problems";

export interface ParamRow {
  name: string;
  type: ValueType;
}

export interface FormState {
  title: string;
  difficulty: OwnProblemDraft["difficulty"];
  topic: OwnProblemDraft["tags"][number];
  statement: string;
  functionName: string;
  params: ParamRow[];
  returns: ValueType;
  examples: string;
  hiddenTests: string;
  /** References by language; the form edits one at a time. */
  references: Partial<Record<JudgedLanguageId, string>>;
  timeLimitMs: number;
  /** Kept from the draft (the API takes it; the form does not ask): an edit does not lose it. */
  expectedMinutes?: number;
  /** One a line. */
  constraints: string;
  /** One a line, mildest first. */
  hints: string;
  /** JSON lines, one `{"question": …, "answer": …}` a line, like the cases. */
  followUps: string;
  strongAnswer: string;
  /** A design problem's class (from an imported folder): kept as it is; the form edits functions only. */
  design?: DesignSignature;
}

export const EMPTY_FORM: FormState = {
  title: "", difficulty: "easy", topic: "arrays", statement: "", functionName: "", params: [{ name: "nums", type: "int[]" }], returns: "int",
  examples: "", hiddenTests: "", references: {}, timeLimitMs: 1000, constraints: "", hints: "", followUps: "", strongAnswer: "",
};

/** A line of the cases that is not a case: `line` counts from 1. */
export class CaseLineError extends Error {
  constructor(readonly field: "examples" | "hiddenTests" | "followUps", readonly line: number, readonly detail: string) {
    super(`${field} line ${line}: ${detail}`);
  }
}

/** JSON lines, one value a line (blank lines skipped); `take` keeps a value of the right shape, or null. */
function parseJsonLines<T>(text: string, field: CaseLineError["field"], take: (v: unknown) => T | null, shape: string): T[] {
  const out: T[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new CaseLineError(field, i + 1, "not JSON");
    }
    const kept = take(value);
    if (kept === null) throw new CaseLineError(field, i + 1, `not ${shape}`);
    out.push(kept);
  });
  return out;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export function parseCases(text: string, field: "examples" | "hiddenTests"): CaseSpec[] {
  return parseJsonLines(text, field, (v) => (isObject(v) && "input" in v && "output" in v ? (v as CaseSpec) : null), '{"input": {…}, "output": …}');
}

export function casesText(cases: readonly CaseSpec[]): string {
  return cases.map((c) => JSON.stringify(c)).join("\n");
}

export function parseFollowUps(text: string): FollowUp[] {
  const take = (v: unknown) => (isObject(v) && typeof v.question === "string" && typeof v.answer === "string" ? { question: v.question, answer: v.answer } : null);
  return parseJsonLines(text, "followUps", take, '{"question": …, "answer": …}');
}

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter((l) => l !== "");

/** The draft to send; CaseLineError when a case line is not one. The server checks the rest. */
export function toDraft(f: FormState): OwnProblemDraft {
  const references = Object.fromEntries(Object.entries(f.references).filter(([, code]) => code && code.trim() !== ""));
  return {
    title: f.title.trim(), difficulty: f.difficulty, tags: [f.topic], statement: f.statement,
    signature: f.design ?? { function: f.functionName.trim(), params: f.params.map((p) => ({ name: p.name.trim(), type: p.type })), returns: f.returns, compare: "exact" },
    examples: parseCases(f.examples, "examples"), hiddenTests: parseCases(f.hiddenTests, "hiddenTests"),
    references, timeLimitMs: f.timeLimitMs, ...(f.expectedMinutes ? { expectedMinutes: f.expectedMinutes } : {}),
    constraints: lines(f.constraints), hints: lines(f.hints), followUps: parseFollowUps(f.followUps),
    ...(f.strongAnswer.trim() ? { strongAnswer: f.strongAnswer.trim() } : {}),
  };
}

/** The form for a problem's latest draft. Design signatures (a class) are kept, not edited here. */
export function fromDraft(d: OwnProblemDraft): FormState {
  const sig = d.signature as { function?: string; params?: ParamRow[]; returns?: ValueType };
  return {
    ...(isDesign(d.signature) ? { design: d.signature } : {}),
    constraints: (d.constraints ?? []).join("\n"), hints: (d.hints ?? []).join("\n"),
    followUps: (d.followUps ?? []).map((x) => JSON.stringify(x)).join("\n"), strongAnswer: d.strongAnswer ?? "",
    title: d.title, difficulty: d.difficulty, topic: d.tags[0] ?? "arrays", statement: d.statement,
    functionName: sig.function ?? "", params: sig.params?.map((p) => ({ name: p.name, type: p.type })) ?? [], returns: sig.returns ?? "int",
    examples: casesText(d.examples), hiddenTests: casesText(d.hiddenTests), references: { ...d.references }, timeLimitMs: d.timeLimitMs,
    ...(d.expectedMinutes ? { expectedMinutes: d.expectedMinutes } : {}),
  };
}
