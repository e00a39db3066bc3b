/**
 * "Duet was updated — reloading…": shown once this page learns a newer Duet is deployed (or that
 * it is too old to be served), with what the reload waits for and a "Reload now" button. The
 * reload itself waits for a safe moment (reload-when-safe.ts).
 */
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { deployedStore } from "./deployed";
import { REFUSED, ReloadWhenSafe, type ReloadPhase } from "./reload-when-safe";
import type { ServerCopy } from "./server-copy";

interface Props {
  copies(): ServerCopy[];
  /** A run this participant started is going; a change of it is a moment to look again. */
  runGoing: boolean;
  reload?(): void;
}

export function UpdateNotice({ copies, runGoing, reload = () => location.reload() }: Props) {
  const { t } = useTranslation();
  const deployed = useSyncExternalStore(deployedStore.subscribe, deployedStore.snapshot);
  const [phase, setPhase] = useState<ReloadPhase>("waiting");
  const plan = useRef<ReloadWhenSafe | null>(null);
  const live = useRef({ copies, runGoing, reload });
  live.current = { copies, runGoing, reload };
  const reason = deployed.kind === "newer" ? String(deployed.version) : deployed.kind === "refused" ? REFUSED : null;

  useEffect(() => {
    if (reason === null) return;
    const p = new ReloadWhenSafe({
      reason,
      copies: () => live.current.copies(),
      runGoing: () => live.current.runGoing,
      reload: () => live.current.reload(),
      onPhase: setPhase,
    });
    plan.current = p;
    void p.check();
    return () => p.stop();
  }, [reason]);
  useEffect(() => {
    if (!runGoing) void plan.current?.check(); // the run ended: the reload it held back may go
  }, [runGoing]);

  if (reason === null) return null;
  const automatic = plan.current?.automatic ?? true;
  const detail = phase === "run" ? t("version.afterRun") : phase === "saving" ? t("version.saving") : null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice" data-phase={phase}>
      <span>{automatic ? t("version.updated") : t("version.updatedManual")}</span>
      {detail && <span className="update-notice-detail">{detail}</span>}
      <button type="button" className="btn btn-small btn-primary" onClick={() => plan.current?.now()} disabled={phase === "reloading"}>
        {t("version.reloadNow")}
      </button>
    </div>
  );
}
