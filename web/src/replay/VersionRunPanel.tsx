/** The output of "Run this version", streamed in as the run goes, with how it ended. */
import { useTranslation } from "react-i18next";
import { RunOutput } from "../components/RunOutput";
import { errorMessage } from "../i18n/errors";
import { ApiError } from "../lib/api";
import { clockText } from "./span";
import type { VersionRun } from "./useVersionRun";

export function VersionRunPanel({ run }: { run: VersionRun }) {
  const { t } = useTranslation();
  const title = t("replay.versionRunOf", { language: run.language, at: clockText(run.at) });
  if (run.state === "refused") {
    const e = run.error;
    const why = e instanceof ApiError && e.status === 403 ? t("replay.runForbidden") : errorMessage(e);
    return <div className="replay-version-run"><p className="console-head">{title}</p><p className="form-error" role="alert" data-testid="run-version-error">{why}</p></div>;
  }
  const stored = run.state === "starting" ? null : run.run;
  const exit = stored?.exit;
  const ok = stored?.status === "finished" && exit?.status === "OK" && (exit.exitCode ?? 0) === 0;
  return (
    <div className="replay-version-run" data-testid="run-version-panel" data-state={run.state}>
      <div className="console-head">
        <span>{title}</span>
        {run.state === "done" ? (
          <span className={`run-status ${ok ? "good" : "bad"}`}><strong>{ok ? t("replay.exitedOk") : stored?.error ? t("console.failedWith", { error: stored.error }) : t("replay.exitedBad")}</strong></span>
        ) : (
          <span className="run-status running"><span className="spinner" aria-hidden="true" />{t("console.running")}</span>
        )}
      </div>
      <RunOutput chunks={(stored?.output ?? []).map((c) => ({ stream: c.stream === "stderr" ? "stderr" : "stdout", data: c.data }))} placeholder={run.state === "done" ? t("console.noOutput") : t("console.waiting")} />
    </div>
  );
}
