/**
 * Turning a runner's event stream into a verdict. Feed every event to `push`; it answers false
 * once the judge has seen enough, and the caller then aborts the runner request, which kills the
 * rest of the run. `result()` gives the verdict at any point. Enough is:
 *   - a failed compile: one CE for the run (no test can run), not one per case;
 *   - Submit: the first failing test;
 *   - Run: the first TLE (an infinite loop would otherwise spend a whole time limit on every case);
 *     the cases after it are not run (`tests` is shorter than `total`).
 *
 *   verdict   AC when every case passed; else the first failing test's verdict (WA TLE MLE RE OLE CE);
 *             IE when the run could not be judged (runner error, stream ended early)
 *   passed    tests that passed (Submit stops at the first failure: "k / N tests passed")
 *   timeMs, memoryKb  maxima over the tests that ran
 */
import { isDesign, isSql, type JudgeResult, type TestOutcome } from "../contracts/problems";
import type { RunEvent } from "../contracts/runner";
import { close, hasFloats, sameWithinTolerance } from "./compare";
import { firstFailedCall } from "./design-io";
import type { JudgeCase, JudgeProblem } from "./problem";
import { candidateLines } from "./sql/run";
import { sqlVerdict } from "./sql/verdict";
import { cut, cutBytes, displayInput } from "./values";

const SHOWN_CHARS = 4000;
const SUBMIT_SHOWN_BYTES = 4096;

export type JudgeMode = "run" | "submit";

export class Judgement {
  readonly #problem: JudgeProblem;
  readonly #cases: readonly JudgeCase[];
  readonly #mode: JudgeMode;
  #outcomes: TestOutcome[] = [];
  #current: { stdout: string; stderr: string } = { stdout: "", stderr: "" };
  #compileOutput = "";
  #stage: "compile" | "run" | "test" | null = null;
  #message: string | undefined;
  #compileFailed = false;
  #error: string | undefined;
  #done = false;
  #cpuScale: number | undefined;

  constructor(problem: JudgeProblem, cases: readonly JudgeCase[], mode: JudgeMode) {
    this.#problem = problem;
    this.#cases = cases;
    this.#mode = mode;
  }

  /** Takes one runner event; false when no more are needed (abort the request then). */
  push(event: RunEvent): boolean {
    if (this.#done) return false;
    switch (event.type) {
      case "started":
        this.#cpuScale = event.cpuScale;
        break;
      case "stage":
        this.#stage = event.name;
        if (event.name === "test") this.#current = { stdout: "", stderr: "" };
        break;
      case "output":
        if (this.#stage === "compile") this.#compileOutput = (this.#compileOutput + event.data).slice(0, SHOWN_CHARS * 4);
        else if (this.#stage === "test") this.#current[event.stream] = (this.#current[event.stream] + event.data).slice(0, SHOWN_CHARS * 4);
        break;
      case "exit":
        if (event.stage === "compile" && event.status !== "OK") {
          this.#message = event.status === "CE" ? this.#compileOutput || "compilation failed" : `the compiler stopped: ${event.status}`;
          this.#compileFailed = true;
          this.#done = true;
        }
        if (event.stage !== "compile") this.#done = true;
        break;
      case "error":
        this.#error = event.message;
        this.#done = true;
        break;
      case "test":
        this.#onTest(event);
        break;
    }
    return !this.#done;
  }

  #onTest(event: Extract<RunEvent, { type: "test" }>): void {
    const c = this.#cases[event.index];
    if (!c) return;
    let verdict = event.verdict;
    const sig = this.#problem.signature;
    // An SQL result is re-compared whole: the streamed output when it holds more than the test's excerpt.
    const streamed = isSql(sig) && this.#current.stdout.length > (event.stdout?.length ?? 0);
    const printed = (streamed ? this.#current.stdout : (event.stdout ?? this.#current.stdout)).trim();
    if (verdict === "WA" && hasFloats(sig) && sameWithinTolerance(printed, c.expected)) verdict = "AC";
    const sql = isSql(sig) ? sqlVerdict(sig, verdict, c.expected, printed) : null;
    if (sql) verdict = sql.verdict;
    // SQLite counts main.sql's `.mode quote` line: its messages name the candidate's lines.
    if (isSql(sig)) this.#current.stderr = candidateLines(this.#current.stderr);
    const outcome: TestOutcome = { index: event.index, kind: c.kind, verdict, timeMs: event.timeMs, memoryKb: event.memoryKb };
    const failed = verdict !== "AC";
    if (this.#mode === "run" || failed) {
      Object.assign(outcome, {
        input: displayInput(this.#problem.signature, c.input, SHOWN_CHARS),
        expected: cut(c.expected.trim(), SHOWN_CHARS),
        actual: cut(verdict === "AC" && !printed ? c.expected.trim() : printed, SHOWN_CHARS),
        // Submit shows only the failing test's prints, and at most 4 KiB of them: the rest of a
        // hidden test's output stays in the record, where interviewers read it.
        stdout: this.#mode === "submit" ? cutBytes(this.#current.stderr, SUBMIT_SHOWN_BYTES) : cut(this.#current.stderr, SHOWN_CHARS),
      });
      const call = verdict === "WA" && isDesign(this.#problem.signature) ? firstFailedCall(c.input, c.expected, printed, close) : null;
      if (call) outcome.call = { ...call, call: cut(call.call, SHOWN_CHARS), expected: cut(call.expected, SHOWN_CHARS), actual: cut(call.actual, SHOWN_CHARS) };
      if (sql?.resultSets) outcome.resultSets = sql.resultSets;
    }
    this.#outcomes.push(outcome);
    if (failed && (this.#mode === "submit" || verdict === "TLE")) this.#done = true;
    if (this.#outcomes.length === this.#cases.length) this.#done = true;
  }

  result(): JudgeResult {
    const tests = [...this.#outcomes].sort((a, b) => a.index - b.index);
    const failure = tests.find((t) => t.verdict !== "AC");
    const passed = tests.filter((t) => t.verdict === "AC").length;
    const base = {
      mode: this.#mode,
      passed,
      total: this.#cases.length,
      timeMs: Math.max(0, ...tests.map((t) => t.timeMs)),
      memoryKb: Math.max(0, ...tests.map((t) => t.memoryKb)),
      tests,
      ...(this.#cpuScale !== undefined ? { cpuScale: this.#cpuScale } : {}),
    };
    if (this.#compileFailed) return { ...base, verdict: "CE", passed: 0, tests: [], message: this.#message };
    if (this.#error) return { ...base, verdict: "IE", message: `the runner failed: ${this.#error}` };
    if (failure) {
      return { ...base, verdict: failure.verdict, failure: failure as JudgeResult["failure"], ...(this.#message ? { message: this.#message } : {}) };
    }
    if (tests.length < this.#cases.length) return { ...base, verdict: "IE", message: "the run ended before every test was judged" };
    return { ...base, verdict: "AC" };
  }
}

/** Expected outputs of custom cases from the reference run (see buildReferenceRunRequest). */
export class ReferenceOutputs {
  readonly #count: number;
  #outputs = new Map<number, string>();
  #error: string | undefined;

  constructor(count: number) {
    this.#count = count;
  }

  push(event: RunEvent): boolean {
    if (event.type === "error") this.#error = `the runner failed: ${event.message}`;
    if (event.type === "test" && !this.#error) {
      const out = event.stdout?.trim() ?? "";
      if (event.verdict !== "WA" || !out) {
        this.#error = `custom case ${event.index + 1}: the reference solution ended with ${event.verdict}; check that the input meets the constraints`;
      } else if (out.length >= 8 * 1024) {
        this.#error = `custom case ${event.index + 1}: the expected output is too large to show`;
      } else {
        this.#outputs.set(event.index, out);
      }
    }
    return !this.#error && this.#outputs.size < this.#count;
  }

  result(): { ok: true; expected: string[] } | { ok: false; message: string } {
    if (this.#error) return { ok: false, message: this.#error };
    if (this.#outputs.size < this.#count) return { ok: false, message: "the reference run ended early" };
    return { ok: true, expected: Array.from({ length: this.#count }, (_, i) => this.#outputs.get(i)!) };
  }
}
