/**
 * Why a Run or Submit has not started yet: it waits for the run going now (and can be called off),
 * or runs are rate limited for a while — counted down to the second from the server's Retry-After.
 */
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RunAction } from "../room/useRunActions";

function useSecondsLeft(until: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

export function RunNotice({ queued, retryAt, onUnqueue }: { queued: RunAction | null; retryAt: number | null; onUnqueue(): void }) {
  const { t } = useTranslation();
  const left = useSecondsLeft(retryAt);
  if (queued) {
    return (
      <>
        <span>{queued === "submit" ? t("cases.submitQueued") : t("cases.runQueued")}</span>{" "}
        <button type="button" className="btn btn-small btn-ghost" onClick={onUnqueue}>{t("common.cancel")}</button>
      </>
    );
  }
  return left > 0 ? <span data-testid="retry-countdown">{t("run.tooManyFor", { count: left })}</span> : null;
}
