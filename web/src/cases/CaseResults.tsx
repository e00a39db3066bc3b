/**
 * A judged run's results: the verdict with what failed where, the limits each case ran under, and
 * per case its input, expected and actual output, what the program printed, time and memory. A
 * compile error is one message, not a row per case; cases after a time-limit stop say "not run".
 */
import { useTranslation } from "react-i18next";
import type { TestOutcome } from "../../../contracts/problems";
import type { RunRecord } from "../../../contracts/room-state";
import { useFormat } from "../i18n/format";
import { limitsText } from "./limits-text";
import { ResultSetTable } from "./ResultSetTable";
import { failureSentence, verdictName } from "./verdicts";
import "./cases.css";

const isActive = (run: RunRecord) => run.status === "queued" || run.status === "running";

function Limits({ run }: { run: RunRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (!run.limits?.cpuMs) return null;
  // The runner's CPU calibration: its host is slower (or faster) than the one the limits were set on.
  const scale = run.judge?.cpuScale;
  return (
    <p className="case-limits">
      {t("cases.limits", limitsText(format, run.limits))}
      {scale !== undefined && scale !== 1 ? (
        <span data-testid="case-cpu-scale"> {t(scale > 1 ? "cases.scaledSlower" : "cases.scaledFaster", { scale: format.number(scale, { maximumFractionDigits: 2 }) })}</span>
      ) : null}
    </p>
  );
}

function CaseRow({ test }: { test: TestOutcome }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className={`test verdict-${test.verdict}`} data-testid="case-result">
      <span className="verdict" translate="no">{test.verdict}</span>{" "}
      {test.kind === "hidden" ? t("tests.hidden", { n: format.number(test.index + 1) }) : t("cases.case", { n: format.number(test.index + 1) })}
      {test.kind === "custom" ? <span className="case-kind"> · {t("cases.custom")}</span> : null}
      <span className="run-metrics"> · {format.ms(test.timeMs)} · {format.kb(test.memoryKb)}</span>
      {test.input !== undefined && <div className="test-field"><b>{t("cases.input")}</b><pre className="test-input">{test.input}</pre></div>}
      {test.resultSets ? (
        <div className="test-diff">
          <div><b>{t("tests.expected")}</b><ResultSetTable rs={test.resultSets.expected} testId="case-expected-table" /></div>
          <div><b>{t("tests.output")}</b><ResultSetTable rs={test.resultSets.actual} testId="case-actual-table" mark={test.resultSets} /></div>
          <p className="test-call" data-testid="case-difference">{test.resultSets.difference}</p>
        </div>
      ) : test.expected !== undefined && (
        <div className="test-diff">
          <div><b>{t("tests.expected")}</b><pre data-testid="case-expected">{test.expected}</pre></div>
          <div><b>{t("tests.output")}</b><pre data-testid="case-actual">{test.actual ?? ""}</pre></div>
        </div>
      )}
      {test.call && (
        <p className="test-call" data-testid="case-call">
          {t("cases.failedCall", { n: format.number(test.call.index + 1), call: test.call.call, actual: test.call.actual, expected: test.call.expected })}
        </p>
      )}
      {test.stdout ? <div className="test-stdout"><b>{t("tests.prints")}</b><pre>{test.stdout}</pre></div> : null}
    </li>
  );
}

export function CaseResults({ run }: { run: RunRecord | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (run && isActive(run) && run.mode !== "program" && !run.tests?.length) {
    const progress = { done: format.number(0), total: run.total !== undefined ? format.number(run.total) : "?" };
    return <div className="panel-empty small"><p><span className="spinner" aria-hidden="true" />{run.mode === "submit" ? t("tests.judgingHidden", progress) : t("tests.judgingExamples", progress)}</p></div>;
  }
  if (!run?.tests?.length && !run?.judge) return <div className="panel-empty small"><p>{t("tests.hint")}</p></div>;
  const tests = run.tests ?? [];
  const passed = tests.filter((x) => x.verdict === "AC").length;
  const total = run.judge?.total ?? run.total ?? tests.length;
  const verdict = run.judge?.verdict;
  const failure = failureSentence(run, t);
  // Run stops at the first time-limit stop and Submit at the first failure: what is left never ran.
  const notRun = run.mode === "run" && verdict && verdict !== "CE" ? Math.max(0, total - tests.length) : 0;
  return (
    <div className="tests">
      {verdict ? (
        <p className={`tests-summary ${verdict === "AC" ? "good" : "bad"}`}>
          <span translate="no">{verdictName(verdict, t)}</span> · {t("tests.passed", { passed: format.number(run.judge!.passed), count: total })}
          <span className="run-metrics"> · {format.ms(run.judge!.timeMs)} · {format.kb(run.judge!.memoryKb)}</span>
        </p>
      ) : (
        <p className={`tests-summary ${passed === tests.length ? "good" : "bad"}`}>{t(isActive(run) ? "tests.passedSoFar" : "tests.passed", { passed: format.number(passed), count: total })}</p>
      )}
      {failure && <p className="tests-error" data-testid="tests-error">{failure}</p>}
      {run.judge?.message && <pre className="compile-output">{run.judge.message}</pre>}
      <Limits run={run} />
      <ol className="test-list">
        {tests.map((test) => <CaseRow key={test.index} test={test} />)}
        {Array.from({ length: notRun }, (_, i) => tests.length + i).map((index) => (
          <li key={index} className="test not-run">{t("cases.case", { n: format.number(index + 1) })} · {t("cases.notRun")}</li>
        ))}
      </ol>
    </div>
  );
}
