/**
 * The console under the editor: the run in view streamed live from the state doc (a run going now,
 * anyone's, else the latest in the editor's language, else one picked from the history), its exit
 * summary or verdict, per-case results as the judge reports them (Run with a problem, Submit), the
 * input for the next run (stdin, or with a problem the test-case panel), and the room's history.
 */
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { latestRunId, readRun, runOrderArray, runsMap, type RunRecord } from "../../../contracts/room-state";
import { CaseResults } from "../cases/CaseResults";
import { RunHistory } from "../cases/RunHistory";
import { failureSentence, verdictName } from "../cases/verdicts";
import { useFormat } from "../i18n/format";
import { MismatchNotice } from "../problem/MismatchNotice";
import { useObserveDeep } from "../room/hooks";
import { LiveRegion, useChanged } from "./LiveRegion";
import { RunOutput } from "./RunOutput";
import { Tabs } from "./Tabs";
import { mod } from "./TopBar";

const EXIT_STATUSES = new Set(["OK", "CE", "RE", "SG", "TO", "ML", "OL", "XX"]);

/** The latest run still in the state doc (anyone's), as plain values. */
export function latestRun(state: Y.Doc): RunRecord | null {
  const id = latestRunId(state);
  return id ? readRun(state, id) : null;
}

export function isActive(run: RunRecord | null): boolean {
  return run?.status === "queued" || run?.status === "running";
}

/** The run to show: one going now (anyone's, any language), else the latest in `language` (any, without one). */
export function runInView(state: Y.Doc, language?: string): RunRecord | null {
  const latest = latestRun(state);
  if (!language || isActive(latest) || latest?.language === language) return latest;
  const order = runOrderArray(state).toArray();
  for (let i = order.length - 1; i >= 0; i--) {
    const run = readRun(state, order[i]);
    if (run?.language === language) return run;
  }
  return null;
}

function Summary({ run }: { run: RunRecord }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (run.status === "queued") return <span className="run-status queued"><span className="spinner" aria-hidden="true" />{run.queuePosition ? t("console.queuedAt", { position: format.number(run.queuePosition) }) : t("console.queued")}</span>;
  if (run.status === "running") return <span className="run-status running"><span className="spinner" aria-hidden="true" />{t("console.running")}</span>;
  if (run.status === "cancelled") return <span className="run-status warn">{t("console.stopped")}</span>;
  if (run.status === "interrupted") return <span className="run-status warn">{t("console.interrupted")}</span>;
  // A judged run ends when the judge has seen enough, before the runner's exit: its verdict is its result.
  if (run.judge) {
    const failure = failureSentence(run, t);
    return (
      <span className={`run-status ${run.judge.verdict === "AC" ? "good" : "bad"}`}>
        <strong translate="no">{verdictName(run.judge.verdict, t)}</strong>
        <span className="run-metrics"> · {t("tests.passed", { passed: format.number(run.judge.passed), count: run.judge.total })}</span>
        {failure && <span className="run-metrics"> · {failure}</span>}
      </span>
    );
  }
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
    const failure = failureSentence(run, t);
    return `${verdictName(verdict, t)} · ${t("tests.passed", { passed: run.judge!.passed, count: run.judge!.total })}${failure ? ` · ${failure}` : ""}`;
  }
  if (run.status === "failed" || !run.exit) return run.error ? t("console.failedWith", { error: run.error }) : t("console.failed");
  const e = run.exit;
  const ok = e.status === "OK" && (e.exitCode ?? 0) === 0;
  const result = e.status === "OK" && !ok ? t("console.exitedWith", { code: e.exitCode }) : EXIT_STATUSES.has(e.status) ? t(`exit.${e.status as "OK"}`) : e.status;
  return t("a11y.runFinished", { result });
}

interface Props {
  state: Y.Doc;
  stdin: string;
  setStdin(v: string): void;
  /** The editor's language: its latest run is the one shown (verdicts of another language are not this code's). */
  language?: string;
  /** The test-case panel, when a problem is on the table: the Input tab becomes it (stdin applies to plain runs only). */
  cases?: ReactNode;
  /** A queued Run or Submit, or how long until runs are allowed again. */
  notice?: ReactNode;
}

export function ConsolePanel({ state, stdin, setStdin, language, cases, notice }: Props) {
  const { t } = useTranslation();
  useObserveDeep(runsMap(state));
  useObserveDeep(runOrderArray(state));
  const [picked, setPicked] = useState<string | null>(null);
  const latestId = latestRunId(state);
  const [tab, setTab] = useState("output");
  // A judged run shows its verdicts; a plain run its output. Switch once per new run (and drop a pick from the history).
  const [seen, setSeen] = useState<string | null>(null);
  const fresh = latestId !== seen;
  const run = (!fresh && picked ? readRun(state, picked) : null) ?? runInView(state, language);
  if (fresh && latestId) {
    setSeen(latestId);
    setPicked(null);
    const latest = latestRun(state);
    if (latest) setTab(latest.mode !== "program" ? "tests" : "output");
  }
  const open = (runId: string) => {
    const chosen = readRun(state, runId);
    setPicked(runId);
    if (chosen) setTab(chosen.mode !== "program" ? "tests" : "output");
  };
  const header = run ? (
    <div className="console-head">
      <Summary run={run} />
      <span className="run-by" translate="no">{run.by.name ? <><bdi>{run.by.name}</bdi> · </> : ""}{run.language}</span>
    </div>
  ) : null;
  // Code that does not fit the problem's signature: explained above the output and the cases alike.
  const mismatch = run?.judge?.mismatch ? <MismatchNotice mismatch={run.judge.mismatch} /> : null;
  const announcement = useChanged(useAnnouncement(run), "");
  const input = cases ?? <textarea className="stdin" aria-label={t("console.stdinLabel")} placeholder={t("console.stdinPlaceholder")} value={stdin} onChange={(e) => setStdin(e.target.value)} spellCheck={false} />;
  return (
    <section className="console" aria-label={t("console.label")}>
      <LiveRegion testId="run-announcer">{announcement}</LiveRegion>
      <div className="run-notice" role="status" data-testid="run-notice">{notice}</div>
      <Tabs
        label={t("console.label")}
        active={tab}
        onChange={setTab}
        className="console-tabs"
        tabs={[
          { id: "output", label: t("console.output"), focusable: false, panel: <>{header}{mismatch}<RunOutput key={run?.id} chunks={run?.output ?? []} placeholder={run ? (isActive(run) ? t("console.waiting") : t("console.noOutput")) : t("console.runHint", { mod })} /></> },
          { id: "input", label: t("console.input"), focusable: !!cases, panel: input },
          { id: "tests", label: t("console.testResults"), panel: <>{mismatch}<CaseResults run={run} /></> },
          // Rendered only when open: a table of every run need not re-render as one streams.
          { id: "history", label: t("cases.history"), panel: tab === "history" ? <RunHistory state={state} onOpen={open} /> : null },
        ]}
      />
    </section>
  );
}
