/**
 * Every run and submission still in the room's state doc (its last RUN_HISTORY), newest first:
 * what kind, who, which language, when, and how it ended. Choosing one shows its results.
 */
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type * as Y from "yjs";
import { readRun, runOrderArray, type RunRecord } from "../../../contracts/room-state";
import { useFormat } from "../i18n/format";
import { verdictName } from "./verdicts";

function outcome(run: RunRecord, t: TFunction): { text: string; good: boolean | null } {
  if (run.judge) return { text: `${verdictName(run.judge.verdict, t)} · ${run.judge.passed} / ${run.judge.total}`, good: run.judge.verdict === "AC" };
  if (run.status === "queued" || run.status === "running") return { text: run.status === "queued" ? t("console.queued") : t("console.running"), good: null };
  if (run.status === "cancelled") return { text: t("console.stopped"), good: null };
  if (run.status === "interrupted") return { text: t("console.interrupted"), good: false };
  if (run.status === "failed" || !run.exit) return { text: t("console.failed"), good: false };
  const ok = run.exit.status === "OK" && (run.exit.exitCode ?? 0) === 0;
  return { text: ok ? t("exit.OK") : run.exit.status === "OK" ? t("console.exitedWith", { code: run.exit.exitCode }) : t(`exit.${run.exit.status}`), good: ok };
}

export function RunHistory({ state, onOpen }: { state: Y.Doc; onOpen(runId: string): void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const runs = runOrderArray(state).toArray().map((id) => readRun(state, id)).filter((r): r is RunRecord => r !== null).reverse();
  if (runs.length === 0) return <div className="panel-empty small"><p>{t("cases.historyEmpty")}</p></div>;
  return (
    <table className="run-history" data-testid="run-history">
      <thead>
        <tr><th scope="col">{t("cases.when")}</th><th scope="col">{t("cases.kind")}</th><th scope="col">{t("cases.who")}</th><th scope="col">{t("cases.language")}</th><th scope="col">{t("cases.result")}</th><th /></tr>
      </thead>
      <tbody>
        {runs.map((run) => {
          const o = outcome(run, t);
          return (
            <tr key={run.id} data-testid="history-row" data-mode={run.mode}>
              <td><time dateTime={new Date(run.createdAt).toISOString()} title={format.dateTime(run.createdAt)}>{format.time(run.createdAt)}</time></td>
              <td>{t(`cases.mode.${run.mode}`)}</td>
              <td><bdi translate="no">{run.by.name}</bdi></td>
              <td translate="no">{run.language}</td>
              <td className={o.good === null ? "" : o.good ? "good" : "bad"}>{o.text}</td>
              <td><button type="button" className="btn btn-small btn-ghost" onClick={() => onOpen(run.id)}>{t("cases.open")}</button></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
