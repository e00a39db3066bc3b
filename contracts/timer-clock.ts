/**
 * Reading the interview clock (`meta.timer`, contracts/room-state.ts): the Room acts on it at zero
 * and every client shows it, from the same arithmetic.
 */
import type { Timer } from "./room-state";

/** Time on the clock at `now`: negative once it ran out (the clock keeps counting, into overtime). */
export function timerRemainingMs(t: Timer, now: number): number {
  return t.durationMs - t.elapsedMs - (t.startedAt !== null ? now - t.startedAt : 0);
}

/** When a running clock reaches zero; null when it is paused or stopped. */
export function timerEndsAt(t: Timer | null): number | null {
  return t && t.startedAt !== null ? t.startedAt + t.durationMs - t.elapsedMs : null;
}

/** The clock warns (quietly) with this much left: first at five minutes, then at one. */
export const TIMER_WARNINGS_MS = [5 * 60_000, 60_000] as const;
