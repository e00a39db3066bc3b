/**
 * What proves a problem fit to interview with, one check at a time, on a real runner: each
 * reference Accepted on every example and hidden test, each known-wrong solution refused for a
 * real reason (a verdict other than AC, never a compile error, which would prove nothing), each
 * starter compiling and reading every example in every language. Used by the problem CI
 * (problems/test/library.test.ts) and by `npm run problem:check` while a problem is written.
 */
import { problemLanguages, TOPICS, type ProblemLanguageId } from "../../contracts/problems";
import type { JudgeCase } from "../../judge/problem";
import { limitsFor } from "../../judge/limits";
import { GUARD_RATIO, type ProblemRecord, type WrongSolution } from "../../judge/problem-spec";
import { judge, type RunnerTarget } from "./runner";

export interface CheckResult {
  ok: boolean;
  /** What was seen, in a line: the verdict, k/N, the first failure. */
  detail: string;
}

export function exampleCases(p: ProblemRecord): JudgeCase[] {
  return p.examples.map((e) => ({ kind: "example", input: e.stdin, expected: e.expected }));
}

export function allCases(p: ProblemRecord): JudgeCase[] {
  return [...exampleCases(p), ...p.hidden];
}

/** A reference (or, with `code`, a second reference: solution-alt.<ext>) Accepted on every test. */
export async function checkReference(target: RunnerTarget, p: ProblemRecord, lang: ProblemLanguageId, code = p.reference[lang]!): Promise<CheckResult> {
  const r = await judge(target, p, lang, code, allCases(p), "submit");
  const failure = r.failure ? ` at ${r.failure.kind} ${r.failure.index + 1}: expected ${cut(r.failure.expected)}, got ${cut(r.failure.actual)} ${cut(r.failure.stdout)}` : "";
  const accepted = r.verdict === "AC" && r.passed === r.total;
  const detail = `${r.verdict} ${r.passed}/${r.total}${failure}${r.message ? ` ${cut(r.message)}` : ""}`;
  if (!accepted || !p.guard || lang !== "cpp") return { ok: accepted, detail };
  // The guard's margin: the C++ reference's slowest test within 1/20 of the C++ limit, so the
  // naive solution, refused with TLE at that limit, is 20 times slower at least.
  const limit = limitsFor(p.timeLimitMs, "cpp").cpuMs * (r.cpuScale ?? 1);
  const ok = r.timeMs * GUARD_RATIO <= limit;
  return { ok, detail: `${detail}, slowest test ${r.timeMs} ms of CPU (${ok ? "within" : "over"} 1/${GUARD_RATIO} of the ${limit} ms limit)` };
}

/** A guard's naive solution: correct, so every test passes until a large one, where it runs out of time. */
export async function checkNaive(target: RunnerTarget, p: ProblemRecord, n: WrongSolution): Promise<CheckResult> {
  const r = await judge(target, p, n.language, n.code, allCases(p), "submit");
  const ok = r.verdict === "TLE" && r.failure?.kind === "hidden";
  const where = r.failure ? ` at ${r.failure.kind} ${r.failure.index + 1}` : "";
  return { ok, detail: `${r.verdict} ${r.passed}/${r.total}${where}${ok ? "" : ` (a naive solution must pass the small tests and time out on a large one)${r.message ? ` ${cut(r.message)}` : ""}${r.failure && r.verdict !== "TLE" ? ` expected ${cut(r.failure.expected)}, got ${cut(r.failure.actual)}` : ""}`}` };
}

/** Verdicts that refuse a wrong solution for what it does, not for failing to build or to be judged. */
const REFUSALS = new Set(["WA", "TLE", "MLE", "RE", "OLE"]);

export async function checkWrong(target: RunnerTarget, p: ProblemRecord, w: WrongSolution): Promise<CheckResult> {
  const r = await judge(target, p, w.language, w.code, allCases(p), "submit");
  const where = r.failure ? ` at ${r.failure.kind} ${r.failure.index + 1}` : "";
  return { ok: REFUSALS.has(r.verdict), detail: `${r.verdict} ${r.passed}/${r.total}${where}${r.message ? ` ${cut(r.message)}` : ""}` };
}

export async function checkStarter(target: RunnerTarget, p: ProblemRecord, lang: ProblemLanguageId): Promise<CheckResult> {
  const r = await judge(target, p, lang, p.starter[lang] ?? "", exampleCases(p), "run");
  const broken = r.tests.filter((t) => t.verdict !== "AC" && t.verdict !== "WA");
  const ok = !r.message && broken.length === 0 && r.tests.length === p.examples.length;
  return { ok, detail: ok ? `reads ${r.tests.length} examples` : `${r.verdict} ${cut(r.message ?? JSON.stringify(broken))}` };
}

/**
 * What the library asks of every problem beyond being correct (issue 18): a reference in every
 * language, a known-wrong solution, hints, follow-ups and a topic. Empty when it has them all.
 */
export function libraryGaps(p: ProblemRecord): string[] {
  const gaps: string[] = [];
  const missing = problemLanguages(p.signature).filter((l) => !p.reference[l]);
  if (missing.length) gaps.push(`no reference in ${missing.join(", ")}`);
  if (p.wrong.length === 0) gaps.push("no known-wrong solution under wrong/");
  if (p.hints.length < 2) gaps.push("fewer than 2 hints");
  if (p.followUps.length === 0) gaps.push("no follow-up questions");
  if (!p.strongAnswer) gaps.push("no strongAnswer");
  if (p.hidden.length < 10) gaps.push(`${p.hidden.length} hidden tests (at least 10)`);
  if (!p.tags.some((t) => (TOPICS as readonly string[]).includes(t))) gaps.push("no topic among its tags");
  if (p.difficulty !== "easy" && !p.guard && !p.noGuard) gaps.push("no complexity guard, and no noGuard saying why none");
  return gaps;
}

function cut(s: string | undefined, n = 160): string {
  if (!s) return "";
  const one = s.replace(/\s+/g, " ").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
}
