/**
 * Reconnect delays: exponential with "equal jitter" (half fixed, half random), so that after a
 * deploy thousands of clients do not come back in the same instant (DESIGN pitfall 6).
 */
export const BACKOFF = { baseMs: 400, capMs: 15_000 } as const;

/** A connection that stayed up this long ends a run of rate-limit closes. */
export const RATE_LIMIT_CALM_MS = 60_000;

/** Delay before reconnect attempt `attempt` (0 = the first after a drop). */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

/**
 * Delay after the room closed this socket for sending over its rate (CLOSE.RATE_LIMITED), the
 * `strike`-th time in a run (1 = the first): seconds rather than the quick retry a dropped
 * connection gets, longer each time, so that whatever floods (a runaway script, a paste loop) does
 * not turn into a reconnect loop: 1.6–3.2 s, 3.2–6.4 s, 6.4–12.8 s, then 7.5–15 s.
 */
export function rateLimitedDelay(strike: number, random: () => number = Math.random): number {
  return reconnectDelay(Math.max(1, strike) + 2, random);
}
