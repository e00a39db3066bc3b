/**
 * The interview clock from `meta.timer`, for everyone: time left, a quiet warning at five minutes
 * and at one (colour, and one polite announcement each), and "Time's up" at zero, when the room
 * does what the interviewer chose. The interviewer starts, pauses, resumes, adds five minutes,
 * resets, and sets the length and the zero action (TimerSetup.tsx).
 */
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Timer as TimerState, TimerCommand } from "../../../contracts/room-state";
import { TIMER_WARNINGS_MS, timerRemainingMs } from "../../../contracts/timer-clock";
import { useFormat } from "../i18n/format";
import { useTicker } from "../room/hooks";
import { ClockIcon, GearIcon, PauseIcon, PlayIcon, ResetIcon } from "./icons";
import { LiveRegion } from "./LiveRegion";
import { atZeroLabel, TimerSetup } from "./TimerSetup";

interface Props {
  timer: TimerState | null;
  canControl: boolean;
  command(cmd: TimerCommand): void;
}

/** A timer not started yet shows the default length. */
const DEFAULT_MS = 45 * 60_000;

/** How far the clock has gone: 0 plenty left, 1 five minutes or less, 2 one minute or less, 3 time's up. */
export function timerStage(left: number | null): 0 | 1 | 2 | 3 {
  if (left === null) return 0;
  if (left <= 0) return 3;
  return left <= TIMER_WARNINGS_MS[1] ? 2 : left <= TIMER_WARNINGS_MS[0] ? 1 : 0;
}

const STAGE_CLASS = ["", "timer-low", "timer-critical", "timer-over"] as const;

export function Timer({ timer, canControl, command }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [setup, setSetup] = useState(false);
  const running = !!timer && timer.startedAt !== null;
  useTicker(1000, running);
  const left = timer ? timerRemainingMs(timer, Date.now()) : null;
  const stage = timer && (running || timer.elapsedMs > 0) ? timerStage(left) : 0;
  const announcement = useStageAnnouncement(stage);
  const state = !timer ? "timer-idle" : running ? "timer-running" : "timer-paused";
  const title = [
    left !== null && left < 0 ? t("timer.over", { duration: format.duration(left) }) : t("timer.remaining", { duration: format.duration(left ?? DEFAULT_MS) }),
    timer && timer.atZero !== "nothing" ? t("clock.atZeroIs", { action: atZeroLabel(t, timer.atZero) }) : null,
  ].filter(Boolean).join(" · ");
  return (
    <>
      <div className={`timer ${state} ${STAGE_CLASS[stage]}`.trim()} role="timer" aria-label={t("timer.label")} data-testid="timer" data-stage={stage}>
        <ClockIcon />
        <span className="timer-value" title={title} data-testid="timer-value">
          {stage === 3 ? t("clock.timesUp") : format.clock(left ?? DEFAULT_MS)}
        </span>
        {canControl && (
          <span className="timer-controls">
            {running ? (
              <>
                <button type="button" className="icon-btn" aria-label={t("timer.pauseLabel")} title={t("timer.pause")} onClick={() => command({ action: "pause" })} data-testid="timer-pause"><PauseIcon /></button>
                <button type="button" className="icon-btn timer-add" aria-label={t("clock.addFiveLabel")} title={t("clock.addFiveLabel")} onClick={() => command({ action: "adjust", minutes: 5 })} data-testid="timer-add-five">{t("clock.addFive")}</button>
              </>
            ) : timer ? (
              <button type="button" className="icon-btn" aria-label={t("clock.resumeLabel")} title={t("clock.resume")} onClick={() => command({ action: "resume" })} data-testid="timer-resume"><PlayIcon /></button>
            ) : (
              <button type="button" className="icon-btn" aria-label={t("timer.startLabel")} title={t("timer.start")} onClick={() => command({ action: "start", minutes: DEFAULT_MS / 60_000 })} data-testid="timer-start"><PlayIcon /></button>
            )}
            {timer && <button type="button" className="icon-btn" aria-label={t("timer.resetLabel")} title={t("timer.reset")} onClick={() => command({ action: "reset" })} data-testid="timer-reset"><ResetIcon /></button>}
            <button type="button" className="icon-btn" aria-label={t("clock.setUpLabel")} title={t("clock.setUp")} onClick={() => setSetup(true)} data-testid="timer-setup"><GearIcon /></button>
          </span>
        )}
        {/* Always there: a live region announces changes, not what it held when it appeared. */}
        <LiveRegion testId="timer-announcement">{announcement ? t(announcement) : ""}</LiveRegion>
      </div>
      {setup && <TimerSetup timer={timer} command={command} onClose={() => setSetup(false)} />}
    </>
  );
}

const ANNOUNCE = { 1: "clock.fiveLeft", 2: "clock.oneLeft", 3: "clock.timesUp" } as const;

/**
 * What to announce, politely and once, as the clock passes each warning. Moving back (five more
 * minutes) re-arms the warnings passed again later; a page opened past a warning does not announce it.
 */
function useStageAnnouncement(stage: 0 | 1 | 2 | 3): (typeof ANNOUNCE)[1 | 2 | 3] | null {
  const [seen, setSeen] = useState(stage);
  const [message, setMessage] = useState<(typeof ANNOUNCE)[1 | 2 | 3] | null>(null);
  if (stage !== seen) {
    setSeen(stage);
    setMessage(stage > seen ? ANNOUNCE[stage as 1 | 2 | 3] : null);
  }
  return message;
}
