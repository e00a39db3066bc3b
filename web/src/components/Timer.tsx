/** The interview clock from `meta.timer`; the interviewer starts, pauses and resets it. */
import type { Timer as TimerState, TimerCommand } from "../../../contracts/room-state";
import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";
import { useTicker } from "../room/hooks";

export function remainingMs(t: TimerState, now = Date.now()): number {
  const elapsed = t.elapsedMs + (t.startedAt !== null ? now - t.startedAt : 0);
  return t.durationMs - elapsed;
}

interface Props {
  timer: TimerState | null;
  canControl: boolean;
  command(cmd: TimerCommand): void;
}

/** A timer not started yet shows the default length. */
const DEFAULT_MS = 45 * 60_000;

export function Timer({ timer, canControl, command }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const running = !!timer && timer.startedAt !== null;
  useTicker(1000, running);
  const left = timer ? remainingMs(timer) : null;
  const cls = left === null ? "idle" : left < 0 ? "over" : left < 5 * 60_000 ? "low" : running ? "running" : "paused";
  return (
    <div className={`timer timer-${cls}`} role="timer" aria-label={t("timer.label")}>
      <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><circle cx="8" cy="9" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" /><path d="M8 6v3l2 1.5M6.5 1.5h3" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" /></svg>
      <span className="timer-value" title={left !== null && left < 0 ? t("timer.over", { duration: format.duration(left) }) : t("timer.remaining", { duration: format.duration(left ?? DEFAULT_MS) })}>
        {format.clock(left ?? DEFAULT_MS)}
      </span>
      {canControl && (
        <span className="timer-controls">
          {running ? (
            <button type="button" className="icon-btn" aria-label={t("timer.pauseLabel")} title={t("timer.pause")} onClick={() => command({ action: "pause" })}>❚❚</button>
          ) : (
            <button type="button" className="icon-btn" aria-label={t("timer.startLabel")} title={t("timer.start")} onClick={() => command(timer ? { action: "start" } : { action: "start", minutes: 45 })}>▶</button>
          )}
          {timer && <button type="button" className="icon-btn" aria-label={t("timer.resetLabel")} title={t("timer.reset")} onClick={() => command({ action: "reset" })}>↺</button>}
        </span>
      )}
    </div>
  );
}
