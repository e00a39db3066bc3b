/**
 * Runner requests for Run, Submit and the reference run that gives custom cases their expected
 * output. One request runs every case of a batch, each in a fresh process (the runner's tests mode).
 */
import { JUDGED_DECLARATIONS, type JudgedLanguageId } from "../contracts/languages";
import { isSql, type ProblemLanguageId } from "../contracts/problems";
import { MAX_TESTS, MAX_TEST_BYTES, testBytes, type RunRequest } from "../contracts/runner";
import { runFiles } from "./problem-languages";
import { limitsFor } from "./limits";
import { runnerTest, type JudgeCase, type JudgeProblem, type ReferenceProblem } from "./problem";
import { checkArgs, encodeInput, inputNames } from "./values";

export class JudgeInputError extends Error {}

/** A runner request that runs `code` on `cases`, in order. */
export function buildRunRequest(problem: JudgeProblem, language: ProblemLanguageId, code: string, cases: readonly JudgeCase[]): RunRequest {
  if (cases.length === 0) throw new JudgeInputError("nothing to run: no test cases");
  if (cases.length > MAX_TESTS) throw new JudgeInputError(`at most ${MAX_TESTS} test cases per run, got ${cases.length}`);
  const tests = cases.map(runnerTest);
  tests.forEach((t, i) => {
    if (testBytes(t) > MAX_TEST_BYTES) throw new JudgeInputError(`test case ${i + 1} is over ${MAX_TEST_BYTES / 1024} KiB`);
  });
  return {
    language,
    files: runFiles(problem.signature, language, code),
    tests,
    limits: limitsFor(problem.timeLimitMs, language),
    ...(isSql(problem.signature) ? { compare: { kind: "sql" as const, order: problem.signature.order } } : {}),
  };
}

/** Custom input from the UI: named arguments, or one JSON value per parameter a line. Throws JudgeInputError. */
export function customInput(problem: JudgeProblem, input: Record<string, unknown> | string): string {
  if (isSql(problem.signature)) throw new JudgeInputError("an SQL problem has no custom cases yet: its examples and hidden datasets are judged");
  let args: Record<string, unknown>;
  if (typeof input === "string") {
    const lines = input.split("\n").filter((l) => l.trim() !== "");
    const names = inputNames(problem.signature);
    if (lines.length !== names.length) {
      throw new JudgeInputError(`expected ${names.length} lines (${names.join(", ")}), got ${lines.length}`);
    }
    args = {};
    for (const [i, name] of names.entries()) {
      const line = lines[i].replace(new RegExp(`^\\s*${name}\\s*=`), "");
      try {
        args[name] = JSON.parse(line);
      } catch {
        throw new JudgeInputError(`${name}: not valid JSON: ${line.slice(0, 60)}`);
      }
    }
  } else {
    args = input;
  }
  const err = checkArgs(problem.signature, args);
  if (err) throw new JudgeInputError(err);
  return encodeInput(problem.signature, args);
}

/** Reference languages by preference (the manifest's `judge.referenceRank`): quick to start, no compile. */
const REFERENCE_ORDER: JudgedLanguageId[] = [...JUDGED_DECLARATIONS].sort((a, b) => a.judge.referenceRank - b.judge.referenceRank).map((l) => l.id);

/**
 * The reference solution's run over custom inputs (stdin strings from `customInput`). Each test
 * expects nothing, so the runner reports what the reference printed on every test (as WA with
 * its stdout); `referenceOutputs` turns those events into expected outputs.
 */
export function buildReferenceRunRequest(problem: ReferenceProblem, inputs: readonly string[]): RunRequest {
  const language = REFERENCE_ORDER.find((l) => problem.reference[l]);
  if (!language) throw new JudgeInputError(`problem ${problem.slug} has no reference solution, so custom cases cannot be checked`);
  return buildRunRequest(problem, language, problem.reference[language]!, inputs.map((input) => ({ kind: "custom", input, expected: "" })));
}
