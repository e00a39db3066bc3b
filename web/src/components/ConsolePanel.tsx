/**
 * The console under the editor: the latest run (anyone's) streamed live from the state doc, its
 * exit summary, per-test verdicts as the judge reports them (Run with a problem, Submit), and the
 * stdin for the next run.
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { latestRunId, readRun, runOrderArray, runsMap, type RunRecord } from "../../../contracts/room-state";
import { useFormat } from "../i18n/format";
import { useObserveDeep } from "../room/hooks";
import { LiveRegion, useChanged } from "./LiveRegion";
import { RunOutput } from "./RunOutput";
import { Tabs } from "./Tabs";
import { mod } from "./TopBar";

/** Verdict names are the judges' own (LeetCode's), the same in every language. */
const VERDICT_LABEL: Record<string, string> = {
  AC: "Accepted", WA: "Wrong Answer", TLE: "Time Limit Exceeded", MLE: "Memory Limit Exceeded",
  RE: "Runtime Error", CE: "Compile Error", OLE: "Output Limit Exceeded",
};
const EXIT_STATUSES = new Set(["OK", "CE", "RE", "SG", "TO", "ML", "OL", "XX"]);

/** The latest run still in the state doc (anyone's), as plain values. */
export function latestRun(state: Y.Doc): RunRecord | null {
  const id = latestRunId(state);
  return id ? readRun(state, id) : null;
}

export function isActive(run: RunRecord | null): boolean {
  return run?.status === "queued" || run?.status === "running";
}

function Summary({ run }: { run: RunRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (run.status === "queued") return <span className="run-status queued"><span className="spinner" aria-hidden="true" />{run.queuePosition ? t("console.queuedAt", { position: format.number(run.queuePosition) }) : t("console.queued")}</span>;
  if (run.status === "running") return <span className="run-status running"><span className="spinner" aria-hidden="true" />{t("console.running")}</span>;
  if (run.status === "cancelled") return <span className="run-status warn">{t("console.stopped")}</span>;
  if (run.status === "interrupted") return <span className="run-status warn">{t("console.interrupted")}</span>;
  if (run.status === "failed" || !run.exit) return <span className="run-status bad">{run.error ? t("console.failedWith", { error: run.error }) : t("console.failed")}</span>;
  const e = run.exit;
  const ok = e.status === "OK" && (e.exitCode ?? 0) === 0;
  const label = e.status === "OK" && !ok ? t("console.exitedWith", { code: e.exitCode }) : EXIT_STATUSES.has(e.status) ? t(`exit.${e.status as "OK"}`) : e.status;
  return (
    <span className={`run-status ${ok ? "good" : "bad"}`}>
      <strong>{label}</strong>
      {e.signal ? <span translate="no"> ({e.signal})</span> : ""}
      <span className="run-metrics"> · {format.ms(e.wallMs)} · {t("console.cpu", { time: format.ms(e.timeMs) })}{e.memoryKb > 0 ? ` · ${format.kb(e.memoryKb)}` : ""}</span>
      {(e.truncated || run.truncated) && <span className="run-metrics"> · {t("console.truncated")}</span>}
    </span>
  );
}

/** What a screen reader hears as a run moves on (the console may be on another tab): its state, then its result or verdict. */
function useAnnouncement(run: RunRecord | null): string {
  const { t } = useTranslation();
  if (!run) return "";
  if (run.status === "queued") return t("console.queued");
  if (run.status === "running") return t("console.running");
  if (run.status === "cancelled") return t("console.stopped");
  if (run.status === "interrupted") return t("console.interrupted");
  const verdict = run.judge?.verdict;
  if (verdict) {
    const name = verdict === "IE" ? t("tests.couldNotJudge") : VERDICT_LABEL[verdict] ?? verdict;
    return `${name} · ${t("tests.passed", { passed: run.judge!.passed, count: run.judge!.total })}`;
  }
  if (run.status === "failed" || !run.exit) return run.error ? t("console.failedWith", { error: run.error }) : t("console.failed");
  const e = run.exit;
  const ok = e.status === "OK" && (e.exitCode ?? 0) === 0;
  const result = e.status === "OK" && !ok ? t("console.exitedWith", { code: e.exitCode }) : EXIT_STATUSES.has(e.status) ? t(`exit.${e.status as "OK"}`) : e.status;
  return t("a11y.runFinished", { result });
}

function TestResults({ run }: { run: RunRecord | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (run && isActive(run) && run.mode !== "program" && !run.tests?.length) {
    const progress = { done: format.number(0), total: run.total !== undefined ? format.number(run.total) : "?" };
    return <div className="panel-empty small"><p><span className="spinner" aria-hidden="true" />{run.mode === "submit" ? t("tests.judgingHidden", progress) : t("tests.judgingExamples", progress)}</p></div>;
  }
  if (!run?.tests?.length && !run?.judge) {
    return <div className="panel-empty small"><p>{t("tests.hint")}</p></div>;
  }
  const tests = run.tests ?? [];
  const passed = tests.filter((t) => t.verdict === "AC").length;
  const total = run.judge?.total ?? run.total ?? tests.length;
  const verdict = run.judge?.verdict;
  return (
    <div className="tests">
      {verdict ? (
        <p className={`tests-summary ${verdict === "AC" ? "good" : "bad"}`}>
          {verdict === "IE" ? t("tests.couldNotJudge") : <span translate="no">{VERDICT_LABEL[verdict] ?? verdict}</span>} · {t("tests.passed", { passed: format.number(run.judge!.passed), count: total })}
          <span className="run-metrics"> · {format.ms(run.judge!.timeMs)} · {format.kb(run.judge!.memoryKb)}</span>
        </p>
      ) : (
        <p className={`tests-summary ${passed === tests.length ? "good" : "bad"}`}>{t(isActive(run) ? "tests.passedSoFar" : "tests.passed", { passed: format.number(passed), count: total })}</p>
      )}
      {run.judge?.message && <pre className="compile-output">{run.judge.message}</pre>}
      <ol className="test-list">
        {tests.map((test) => (
          <li key={test.index} className={`test verdict-${test.verdict}`}>
            <span className="verdict" translate="no">{test.verdict}</span> {t(test.kind === "custom" ? "tests.custom" : test.kind === "hidden" ? "tests.hidden" : "tests.example", { n: format.number(test.index + 1) })}
            <span className="run-metrics"> · {format.ms(test.timeMs)} · {format.kb(test.memoryKb)}</span>
            {test.input !== undefined && <pre className="test-input">{test.input}</pre>}
            {test.verdict !== "AC" && test.expected !== undefined && (
              <div className="test-diff"><div><b>{t("tests.expected")}</b><pre>{test.expected}</pre></div><div><b>{t("tests.output")}</b><pre>{test.actual ?? ""}</pre></div></div>
            )}
            {test.stdout ? <div className="test-stdout"><b>{t("tests.prints")}</b><pre>{test.stdout}</pre></div> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ConsolePanel({ state, stdin, setStdin }: { state: Y.Doc; stdin: string; setStdin(v: string): void }) {
  const { t } = useTranslation();
  useObserveDeep(runsMap(state));
  useObserveDeep(runOrderArray(state));
  const run = latestRun(state);
  const [tab, setTab] = useState("output");
  // A judged run shows its verdicts; a plain run its output. Switch once per new run.
  const [seen, setSeen] = useState<string | null>(null);
  if (run && run.id !== seen) {
    setSeen(run.id);
    setTab(run.mode !== "program" ? "tests" : "output");
  }
  const header = run ? (
    <div className="console-head">
      <Summary run={run} />
      <span className="run-by" translate="no">{run.by.name ? <><bdi>{run.by.name}</bdi> · </> : ""}{run.language}</span>
    </div>
  ) : null;
  const announcement = useChanged(useAnnouncement(run), "");
  return (
    <section className="console" aria-label={t("console.label")}>
      <LiveRegion testId="run-announcer">{announcement}</LiveRegion>
      <Tabs
        label={t("console.label")}
        active={tab}
        onChange={setTab}
        className="console-tabs"
        tabs={[
          { id: "output", label: t("console.output"), focusable: false, panel: <>{header}<RunOutput key={run?.id} chunks={run?.output ?? []} placeholder={run ? (isActive(run) ? t("console.waiting") : t("console.noOutput")) : t("console.runHint", { mod })} /></> },
          { id: "input", label: t("console.input"), focusable: false, panel: <textarea className="stdin" aria-label={t("console.stdinLabel")} placeholder={t("console.stdinPlaceholder")} value={stdin} onChange={(e) => setStdin(e.target.value)} spellCheck={false} /> },
          { id: "tests", label: t("console.testResults"), panel: <TestResults run={run} /> },
        ]}
      />
    </section>
  );
}
