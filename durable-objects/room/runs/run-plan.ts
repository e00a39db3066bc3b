/**
 * What a run will send to the runner: the program alone (no problem on the table), or the
 * problem's tests through the judge's harness — visible examples plus custom cases for Run, the
 * hidden tests for Submit. Custom cases get their expected outputs from a reference run first.
 */
import type { ErrorCode } from "../../../contracts/errors";
import { JUDGED_LANGUAGE_IDS, LANGUAGES_BY_ID, shortName, type LanguageId } from "../../../contracts/languages";
import { isProblemLanguage, isSql, problemLanguages } from "../../../contracts/problems";
import type { RunMode, StartRun } from "../../../contracts/room-state";
import type { RunRequest } from "../../../contracts/runner";
import {
  JudgeInputError, ReferenceOutputs, SignedJudgement, buildReferenceRunRequest, buildRunRequest, customInput, type JudgeCase,
} from "../../../judge/index";
import type { RoomData } from "../../../data/room-data";
import { readEvents } from "./runner-client";
import type { RunContext, RunnerTransport } from "./transport";

export interface RunPlan {
  mode: RunMode;
  request: RunRequest;
  judgement?: SignedJudgement;
  problemSlug?: string;
  total?: number;
}

export type PlanResult = { ok: true; plan: RunPlan } | { ok: false; code: ErrorCode; message: string; retryAfter?: number };

/** A submission's whole wall time on the runner (compile and every hidden test), unless configured. */
export const DEFAULT_SUBMISSION_BUDGET_MS = 60_000;

/** `runner`: where the reference run for custom cases goes, as part of the run `run`. */
export async function planRun(
  env: Env, data: RoomData, mode: "run" | "submit", req: StartRun, source: string, problemSlug: string | null, runner: { transport: RunnerTransport; run: RunContext }, tenant: string,
): Promise<PlanResult> {
  const language = req.language as LanguageId;
  if (!problemSlug) {
    if (mode === "submit") return { ok: false, code: "conflict", message: "there is no problem to submit to: the interviewer picks one first" };
    if (req.cases?.length) return { ok: false, code: "bad_request", message: "custom test cases need a problem on the table" };
    const file = { name: LANGUAGES_BY_ID[language].fileName, content: source };
    return { ok: true, plan: { mode: "program", request: { tenant, language, files: [file], ...(req.stdin !== undefined ? { stdin: req.stdin } : {}) } } };
  }
  if (!isProblemLanguage(language)) return { ok: false, code: "conflict", message: notJudged(language) };
  // Typed input would be silently ignored: the cases panel is where a judged run's input goes.
  if (req.stdin !== undefined) return { ok: false, code: "bad_request", message: "stdin is for plain runs; with a problem on the table, add custom cases instead" };
  const loaded = await data.judgeProblem(problemSlug);
  if (!loaded) return { ok: false, code: "conflict", message: `the problem "${problemSlug}" is no longer in the library` };
  // An SQL problem is judged in SQL alone; a function or design problem in the judged languages, not SQL.
  if (!problemLanguages(loaded.problem.signature).includes(language)) {
    return { ok: false, code: "conflict", message: isSql(loaded.problem.signature) ? notSql(language) : notJudged(language) };
  }
  const examples = pickExamples(loaded.examples, req.examples);
  if (!examples.ok) return examples;
  let cases: JudgeCase[] = mode === "submit" ? loaded.hidden : examples.cases;
  if (mode === "run" && cases.length === 0 && !req.cases?.length) return { ok: false, code: "bad_request", message: "nothing to run: no examples and no custom cases" };
  if (mode === "run" && req.cases?.length) {
    let inputs: string[];
    try {
      inputs = req.cases.map((c) => customInput(loaded.problem, c));
    } catch (e) {
      if (e instanceof JudgeInputError) return { ok: false, code: "bad_request", message: e.message };
      throw e;
    }
    const expected = await referenceOutputs(runner, { ...buildReferenceRunRequest(loaded.problem, inputs), tenant }, inputs.length);
    if (!expected.ok) return expected;
    cases = [...cases, ...inputs.map((input, i) => ({ kind: "custom" as const, input, expected: expected.expected[i] }))];
  }
  return {
    ok: true,
    plan: {
      mode,
      request: {
        ...buildRunRequest(loaded.problem, language, source, cases),
        tenant,
        ...(mode === "submit" ? { budgetMs: Number(env.SUBMISSION_BUDGET_MS) || DEFAULT_SUBMISSION_BUDGET_MS } : {}),
      },
      judgement: new SignedJudgement(loaded.problem, cases, mode, { language, code: source }),
      problemSlug,
      total: cases.length,
    },
  };
}

/** Why a run-only language cannot run a problem's tests, naming the languages that can. */
export function notJudged(language: LanguageId): string {
  const judged = JUDGED_LANGUAGE_IDS.map((id) => shortName(LANGUAGES_BY_ID[id].displayName)).join(", ");
  return `${LANGUAGES_BY_ID[language].displayName} runs programs only: a problem's tests run in ${judged}`;
}

/** Why a language other than SQL cannot run an SQL problem's tests. */
export function notSql(language: LanguageId): string {
  return `this is an SQL problem: its tests run in ${LANGUAGES_BY_ID.sql.displayName} only, not in ${LANGUAGES_BY_ID[language].displayName}`;
}

/** The examples the test-case panel kept as they are (`indexes`), in the problem's order; all when absent. */
function pickExamples(all: JudgeCase[], indexes: readonly number[] | undefined): { ok: true; cases: JudgeCase[] } | { ok: false; code: ErrorCode; message: string } {
  if (!indexes) return { ok: true, cases: all };
  const missing = indexes.find((i) => i >= all.length);
  if (missing !== undefined) return { ok: false, code: "bad_request", message: `example ${missing + 1} does not exist: the problem has ${all.length}` };
  return { ok: true, cases: all.filter((_, i) => indexes.includes(i)) };
}

async function referenceOutputs(
  runner: { transport: RunnerTransport; run: RunContext }, request: RunRequest, count: number,
): Promise<{ ok: true; expected: string[] } | { ok: false; code: ErrorCode; message: string; retryAfter?: number }> {
  const started = await runner.transport.startRun(request, runner.run);
  if (!started.ok) return started;
  const ref = new ReferenceOutputs(count);
  try {
    for await (const ev of readEvents(started.body)) if (!ref.push(ev)) break;
  } catch (e) {
    return { ok: false, code: "runner_unavailable", message: `lost the runner while computing expected outputs: ${(e as Error).message}` };
  }
  const r = ref.result();
  return r.ok ? r : { ok: false, code: "bad_request", message: r.message };
}
