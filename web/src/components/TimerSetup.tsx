/**
 * The interviewer sets the interview clock: its length (presets, or any whole number of minutes)
 * and what the room does when it runs out. Starting applies both; on a running clock the new
 * length counts from when it was started.
 */
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { MAX_TIMER_MINUTES, TIMER_AT_ZERO, type Timer, type TimerAtZero, type TimerCommand } from "../../../contracts/room-state";
import { useFormat } from "../i18n/format";
import { Modal } from "./Modal";

/** Interview lengths offered at one press; any other is typed in. */
export const TIMER_PRESETS = [15, 30, 45, 60, 90, 120, 180] as const;

const AT_ZERO_KEYS = { nothing: "clock.atZeroNothing", "read-only": "clock.atZeroReadOnly", submit: "clock.atZeroSubmit" } as const;

export function atZeroLabel(t: (key: (typeof AT_ZERO_KEYS)[TimerAtZero]) => string, atZero: TimerAtZero): string {
  return t(AT_ZERO_KEYS[atZero]);
}

/** The minutes typed, when they are a length the room takes; else null. */
export function parseMinutes(text: string): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= MAX_TIMER_MINUTES ? n : null;
}

interface Props {
  timer: Timer | null;
  command(cmd: TimerCommand): void;
  onClose(): void;
}

export function TimerSetup({ timer, command, onClose }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const current = timer ? Math.round(timer.durationMs / 60_000) : 45;
  const [minutesText, setMinutesText] = useState(String(current));
  const [atZero, setAtZero] = useState<TimerAtZero>(timer?.atZero ?? "nothing");
  const minutes = parseMinutes(minutesText);
  const running = !!timer && timer.startedAt !== null;
  const apply = () => {
    if (minutes === null) return;
    command({ action: "start", minutes, atZero });
    onClose();
  };
  return (
    <Modal
      title={t("clock.setUp")}
      onClose={onClose}
      footer={<>
        <button type="button" className="btn" onClick={onClose}>{t("common.cancel")}</button>
        <button type="button" className="btn btn-primary" onClick={apply} disabled={minutes === null} data-testid="timer-apply">{running ? t("clock.apply") : t("timer.start")}</button>
      </>}
    >
      <fieldset className="timer-setup-group">
        <legend>{t("clock.length")}</legend>
        <div className="btn-row">
          {TIMER_PRESETS.map((m) => (
            <button key={m} type="button" className={`btn btn-small ${minutes === m ? "btn-primary" : ""}`} aria-pressed={minutes === m} onClick={() => setMinutesText(String(m))}>
              {format.duration(m * 60_000)}
            </button>
          ))}
        </div>
        <label className="field" htmlFor={`${id}-minutes`}>
          <span>{t("clock.customMinutes")}</span>
          <input
            id={`${id}-minutes`} type="number" inputMode="numeric" min={1} max={MAX_TIMER_MINUTES} step={1} value={minutesText}
            onChange={(e) => setMinutesText(e.currentTarget.value)} aria-invalid={minutes === null} aria-describedby={minutes === null ? `${id}-minutes-error` : undefined} data-testid="timer-minutes"
          />
        </label>
        {minutes === null && <p id={`${id}-minutes-error`} className="form-error" role="alert">{t("clock.minutesInvalid", { max: MAX_TIMER_MINUTES })}</p>}
      </fieldset>
      <fieldset className="timer-setup-group">
        <legend>{t("clock.atZero")}</legend>
        {TIMER_AT_ZERO.map((choice) => (
          <label key={choice} className="timer-setup-choice">
            <input type="radio" name={`${id}-at-zero`} value={choice} checked={atZero === choice} onChange={() => setAtZero(choice)} data-testid={`timer-at-zero-${choice}`} />
            {atZeroLabel(t, choice)}
          </label>
        ))}
      </fieldset>
    </Modal>
  );
}
