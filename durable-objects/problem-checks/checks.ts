/**
 * What makes a version of an interviewer's own problem fit to use: the shipped library's checks
 * (problems/lib/prove.ts), on the runner the rooms use, through the same judge — each given
 * reference Accepted on every example and hidden test (Submit), each language's starter compiling
 * and reading every example (Run: AC or WA, nothing else).
 *
 * A check the runner could not finish (no runner, busy, the stream cut) proves nothing either way:
 * it is `retry`, not a failure of the problem.
 */
import { JUDGED_LANGUAGE_IDS, type JudgedLanguageId } from "../../contracts/languages";
import type { JudgeResult } from "../../contracts/problems";
import { SignedJudgement, buildRunRequest, type JudgeCase, type JudgeMode, type ReferenceProblem } from "../../judge/index";
import { readEvents } from "../room/runs/runner-client";
import type { RunnerTransport } from "../room/runs/transport";

export interface VersionToCheck {
  ref: string;
  problem: ReferenceProblem;
  examples: JudgeCase[];
  hidden: JudgeCase[];
  starter: Record<string, string>;
}

export type CheckOutcome = { status: "ready" } | { status: "failed"; detail: string } | { status: "retry"; detail: string };

/** Runs at once for one version: the runner gives a tenant two places (and two waiting). */
const AT_ONCE = 2;
/** A reference's whole submission on the runner (compile and every test), as a room's Submit. */
const BUDGET_MS = 60_000;

class Unjudged extends Error {}

async function judge(transport: RunnerTransport, v: VersionToCheck, tenant: string, language: JudgedLanguageId, code: string, cases: JudgeCase[], mode: JudgeMode): Promise<JudgeResult> {
  const abort = new AbortController();
  const started = await transport.startRun(
    { ...buildRunRequest(v.problem, language, code, cases), tenant, ...(mode === "submit" ? { budgetMs: BUDGET_MS } : {}) },
    { runId: `check:${v.ref}:${mode}:${language}`, signal: abort.signal },
  );
  if (!started.ok) throw new Unjudged(started.message);
  const judgement = new SignedJudgement(v.problem, cases, mode, { language, code });
  try {
    for await (const ev of readEvents(started.body)) {
      if (!judgement.push(ev)) break;
    }
  } catch (e) {
    throw new Unjudged((e as Error).message);
  } finally {
    abort.abort();
  }
  const result = judgement.result();
  if (result.verdict === "IE") throw new Unjudged(result.message ?? "the run could not be judged");
  return result;
}

function cut(s: string | undefined, n = 300): string {
  const one = (s ?? "").trim();
  return one.length > n ? `${one.slice(0, n)}…` : one;
}

/** Null when the reference is Accepted, else why not. */
async function checkReference(transport: RunnerTransport, v: VersionToCheck, tenant: string, language: JudgedLanguageId): Promise<string | null> {
  const code = v.problem.reference[language] ?? "";
  const r = await judge(transport, v, tenant, language, code, [...v.examples, ...v.hidden], "submit");
  if (r.verdict === "AC" && r.passed === r.total) return null;
  const f = r.failure;
  const where = f ? ` on ${f.kind === "example" ? "example" : "hidden test"} ${f.kind === "example" ? f.index + 1 : f.index - v.examples.length + 1}: expected ${cut(f.expected, 120)}, got ${cut(f.actual || f.stdout, 120)}` : "";
  return `the ${language} reference is not Accepted: ${r.verdict}${where}${r.message ? `\n${cut(r.message)}` : ""}`;
}

/** Null when the starter compiles and reads every example, else why not. */
async function checkStarter(transport: RunnerTransport, v: VersionToCheck, tenant: string, language: JudgedLanguageId): Promise<string | null> {
  const r = await judge(transport, v, tenant, language, v.starter[language] ?? "", v.examples, "run");
  const broken = r.tests.filter((t) => t.verdict !== "AC" && t.verdict !== "WA");
  if (!r.message && broken.length === 0 && r.tests.length === v.examples.length) return null;
  return `the ${language} starter does not run: ${r.verdict}${cut(r.message ?? broken[0]?.stdout) ? `\n${cut(r.message ?? broken[0]?.stdout)}` : ""}`;
}

/** Every check of the version, a few at a time; the first failure (in the order listed) wins. */
export async function checkVersion(transport: RunnerTransport, v: VersionToCheck, tenant: string): Promise<CheckOutcome> {
  const references = (Object.keys(v.problem.reference) as JudgedLanguageId[]).filter((l) => JUDGED_LANGUAGE_IDS.includes(l));
  const checks = [
    ...references.map((l) => () => checkReference(transport, v, tenant, l)),
    ...JUDGED_LANGUAGE_IDS.map((l) => () => checkStarter(transport, v, tenant, l)),
  ];
  const found: (string | null)[] = new Array(checks.length).fill(null);
  let next = 0;
  try {
    await Promise.all(Array.from({ length: AT_ONCE }, async () => {
      while (next < checks.length) {
        const i = next++;
        found[i] = await checks[i]();
      }
    }));
  } catch (e) {
    if (e instanceof Unjudged) return { status: "retry", detail: `the runner could not finish the checks: ${e.message}` };
    throw e;
  }
  const failure = found.find((f) => f !== null);
  return failure ? { status: "failed", detail: failure } : { status: "ready" };
}
