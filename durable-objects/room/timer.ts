/**
 * The interview clock's arithmetic, on the server's clock (pure: tested without a runtime). The
 * Room keeps the clock in the state doc's meta (contracts/room-state.ts) and its end as the
 * `timerEnd` deadline (deadlines.ts), so the alarm, not a browser, acts when it runs out.
 */
import type { Timer, TimerCommand } from "../../contracts/room-state";

export { timerEndsAt, timerRemainingMs } from "../../contracts/timer-clock";

export const DEFAULT_TIMER_MINUTES = 45;

/**
 * The clock after a command. start: a fresh clock of `minutes` (or resumes a paused one);
 * resume: a paused clock goes on; pause: banks the elapsed time; reset: stopped, nothing elapsed;
 * adjust: the duration moves by `minutes` (never below 1 ms: taking more than is left ends it now);
 * at-zero: only what happens at zero changes.
 */
export function nextTimer(current: Timer | null, cmd: TimerCommand, now: number): Timer {
  const base: Timer = current ?? { durationMs: DEFAULT_TIMER_MINUTES * 60_000, startedAt: null, elapsedMs: 0, atZero: "nothing" };
  const withChoice = (t: Timer): Timer => ("atZero" in cmd && cmd.atZero ? { ...t, atZero: cmd.atZero } : t);
  switch (cmd.action) {
    case "start": {
      const durationMs = cmd.minutes ? cmd.minutes * 60_000 : base.durationMs;
      if (base.startedAt !== null) return withChoice({ ...base, durationMs });
      return withChoice({ ...base, durationMs, startedAt: now });
    }
    case "resume":
      return base.startedAt !== null ? base : { ...base, startedAt: now };
    case "pause":
      return base.startedAt === null ? base : { ...base, startedAt: null, elapsedMs: base.elapsedMs + (now - base.startedAt) };
    case "reset":
      return withChoice({ ...base, durationMs: cmd.minutes ? cmd.minutes * 60_000 : base.durationMs, startedAt: null, elapsedMs: 0 });
    case "adjust":
      return { ...base, durationMs: Math.max(1, base.durationMs + cmd.minutes * 60_000) };
    case "at-zero":
      return withChoice(base);
  }
}
