/**
 * What a judged run's summary says: the verdict by its judges' name (LeetCode's, the same in every
 * language) and, when it failed, where and why — "Wrong Answer on case 2", "Runtime Error on case 1:
 * IndexError: list index out of range" (the last line the program printed is the error's own text).
 */
import type { TFunction } from "i18next";
import type { TestOutcome } from "../../../contracts/problems";
import type { RunRecord } from "../../../contracts/room-state";

export const VERDICT_LABEL: Record<string, string> = {
  AC: "Accepted", WA: "Wrong Answer", TLE: "Time Limit Exceeded", MLE: "Memory Limit Exceeded",
  RE: "Runtime Error", CE: "Compile Error", OLE: "Output Limit Exceeded",
};

export function verdictName(verdict: string, t: TFunction): string {
  return verdict === "IE" ? t("tests.couldNotJudge") : (VERDICT_LABEL[verdict] ?? verdict);
}

/** The error line of a runtime error: the last non-blank line printed (a traceback ends with it). */
export function errorLine(printed: string | undefined): string | null {
  const lines = (printed ?? "").split("\n").map((l) => l.trim()).filter(Boolean);
  const last = lines.at(-1);
  return last ? (last.length > 200 ? `${last.slice(0, 200)}…` : last) : null;
}

/** The first failing case of a judged run, as it arrived (the verdict's failure, or the first non-AC test). */
export function firstFailure(run: RunRecord): TestOutcome | undefined {
  return run.judge?.failure ?? run.tests?.find((t) => t.verdict !== "AC");
}

/** "Wrong Answer on case 2" / "Runtime Error on case 1: …"; null when nothing failed on a case. */
export function failureSentence(run: RunRecord, t: TFunction): string | null {
  const failed = firstFailure(run);
  if (!failed || run.judge?.verdict === "CE") return null;
  const where = t("cases.onCase", { verdict: verdictName(failed.verdict, t), n: failed.index + 1 });
  const why = failed.verdict === "RE" ? errorLine(failed.stdout) : null;
  return why ? t("cases.because", { where, error: why }) : where;
}
