/**
 * The console under the editor: the latest run (anyone's) streamed live from the state doc, its
 * exit summary, per-test verdicts as the judge reports them (Run with a problem, Submit), and the
 * stdin for the next run.
 */
import { useState } from "react";
import type * as Y from "yjs";
import type { JudgeResult, TestOutcome } from "../../../contracts/problems";
import type { RunExit, RunMode, RunState } from "../../../contracts/room-state";
import { EXIT_LABEL, formatBytes } from "../lib/format";
import { useObserveDeep } from "../room/hooks";
import { RunOutput, type Chunk } from "./RunOutput";
import { Tabs } from "./Tabs";

export interface RunView {
  id: string;
  language: string;
  by?: { name: string };
  status: RunState;
  queuePosition?: number | null;
  output: Chunk[];
  truncated: boolean;
  exit?: RunExit;
  error?: string;
  mode?: RunMode;
  /** Judged runs: how many tests will be judged, each outcome as it lands, and the verdict at the end. */
  total?: number;
  tests?: TestOutcome[];
  judge?: Omit<JudgeResult, "tests">;
}

const VERDICT_LABEL: Record<string, string> = {
  AC: "Accepted", WA: "Wrong Answer", TLE: "Time Limit Exceeded", MLE: "Memory Limit Exceeded",
  RE: "Runtime Error", CE: "Compile Error", OLE: "Output Limit Exceeded", IE: "Could not judge",
};

export function latestRun(state: Y.Doc): RunView | null {
  const order = state.getArray<string>("runOrder");
  const id = order.length > 0 ? order.get(order.length - 1) : null;
  const rec = id ? state.getMap<Y.Map<unknown>>("runs").get(id) : undefined;
  if (!rec) return null;
  const output = rec.get("output") as Y.Array<Chunk> | undefined;
  const tests = rec.get("tests") as Y.Array<never> | never[] | undefined;
  return {
    ...(rec.toJSON() as RunView),
    output: output ? output.toArray() : [],
    tests: tests ? (Array.isArray(tests) ? tests : tests.toArray()) : undefined,
  };
}

export function isActive(run: RunView | null): boolean {
  return run?.status === "queued" || run?.status === "running";
}

function Summary({ run }: { run: RunView }) {
  if (run.status === "queued") return <span className="run-status queued"><span className="spinner" aria-hidden="true" />Queued{run.queuePosition ? ` · #${run.queuePosition} in line` : ""}</span>;
  if (run.status === "running") return <span className="run-status running"><span className="spinner" aria-hidden="true" />Running…</span>;
  if (run.status === "cancelled") return <span className="run-status warn">Stopped</span>;
  if (run.status === "interrupted") return <span className="run-status warn">Interrupted — the runner went away</span>;
  if (run.status === "failed" || !run.exit) return <span className="run-status bad">Failed{run.error ? `: ${run.error}` : ""}</span>;
  const e = run.exit;
  const ok = e.status === "OK" && (e.exitCode ?? 0) === 0;
  const label = e.status === "OK" && !ok ? `Exited with code ${e.exitCode}` : EXIT_LABEL[e.status] ?? e.status;
  return (
    <span className={`run-status ${ok ? "good" : "bad"}`}>
      <strong>{label}</strong>
      {e.signal ? ` (${e.signal})` : ""}
      <span className="run-metrics"> · {Math.round(e.wallMs)} ms · CPU {Math.round(e.timeMs)} ms{e.memoryKb > 0 ? ` · ${formatBytes(e.memoryKb)}` : ""}</span>
      {(e.truncated || run.truncated) && <span className="run-metrics"> · output truncated</span>}
    </span>
  );
}

function TestResults({ run }: { run: RunView | null }) {
  if (run && isActive(run) && run.mode && run.mode !== "program" && !run.tests?.length) {
    return <div className="panel-empty small"><p><span className="spinner" aria-hidden="true" />{run.mode === "submit" ? "Judging the hidden tests" : "Judging the examples"}… 0 / {run.total ?? "?"}</p></div>;
  }
  if (!run?.tests?.length && !run?.judge) {
    return <div className="panel-empty small"><p>With a problem on the table, Run judges the examples and Submit the hidden tests; verdicts appear here.</p></div>;
  }
  const tests = run.tests ?? [];
  const passed = tests.filter((t) => t.verdict === "AC").length;
  const total = run.judge?.total ?? run.total ?? tests.length;
  const verdict = run.judge?.verdict;
  return (
    <div className="tests">
      {verdict ? (
        <p className={`tests-summary ${verdict === "AC" ? "good" : "bad"}`}>
          {VERDICT_LABEL[verdict] ?? verdict} · {run.judge!.passed} / {total} test cases passed
          <span className="run-metrics"> · {Math.round(run.judge!.timeMs)} ms · {formatBytes(run.judge!.memoryKb)}</span>
        </p>
      ) : (
        <p className={`tests-summary ${passed === tests.length ? "good" : "bad"}`}>{passed} / {total} test cases passed{isActive(run) ? " so far" : ""}</p>
      )}
      {run.judge?.message && <pre className="compile-output">{run.judge.message}</pre>}
      <ol className="test-list">
        {tests.map((t) => (
          <li key={t.index} className={`test verdict-${t.verdict}`}>
            <span className="verdict">{t.verdict}</span> {t.kind === "custom" ? "Custom case" : t.kind === "hidden" ? "Hidden test" : "Example"} {t.index + 1}
            <span className="run-metrics"> · {Math.round(t.timeMs)} ms · {formatBytes(t.memoryKb)}</span>
            {t.input !== undefined && <pre className="test-input">{t.input}</pre>}
            {t.verdict !== "AC" && t.expected !== undefined && (
              <div className="test-diff"><div><b>Expected</b><pre>{t.expected}</pre></div><div><b>Output</b><pre>{t.actual ?? ""}</pre></div></div>
            )}
            {t.stdout ? <div className="test-stdout"><b>Your prints</b><pre>{t.stdout}</pre></div> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

export function ConsolePanel({ state, stdin, setStdin }: { state: Y.Doc; stdin: string; setStdin(v: string): void }) {
  useObserveDeep(state.getMap("runs"));
  useObserveDeep(state.getArray("runOrder"));
  const run = latestRun(state);
  const [tab, setTab] = useState("output");
  // A judged run shows its verdicts; a plain run its output. Switch once per new run.
  const [seen, setSeen] = useState<string | null>(null);
  if (run && run.id !== seen) {
    setSeen(run.id);
    setTab(run.mode && run.mode !== "program" ? "tests" : "output");
  }
  const header = run ? (
    <div className="console-head">
      <Summary run={run} />
      <span className="run-by">{run.by?.name ? <><bdi>{run.by.name}</bdi> · </> : ""}{run.language}</span>
    </div>
  ) : null;
  return (
    <section className="console" aria-label="Console">
      <Tabs
        label="Console"
        active={tab}
        onChange={setTab}
        className="console-tabs"
        tabs={[
          { id: "output", label: "Output", panel: <>{header}<RunOutput key={run?.id} chunks={run?.output ?? []} placeholder={run ? (isActive(run) ? "Waiting for output…" : "(no output)") : "Run your code (Ctrl/⌘ + Enter) to see its output here."} /></> },
          { id: "input", label: "Input", panel: <textarea className="stdin" aria-label="Standard input for the next run" placeholder="Text your program reads from standard input" value={stdin} onChange={(e) => setStdin(e.target.value)} spellCheck={false} /> },
          { id: "tests", label: "Test results", panel: <TestResults run={run} /> },
        ]}
      />
    </section>
  );
}
