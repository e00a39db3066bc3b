/**
 * Reconnect delays: exponential with "full jitter" (anywhere from zero to the exponential ceiling),
 * so that after a deploy, which drops every socket of every room at the same instant, thousands of
 * clients come back spread over the whole window rather than in a wave at its floor (DESIGN
 * pitfall 6). Capped, so a long outage is retried every few seconds, not every few minutes.
 */
export const BACKOFF = { baseMs: 400, capMs: 15_000 } as const;

/** A connection that stayed up this long ends a run of rate-limit closes. */
export const RATE_LIMIT_CALM_MS = 60_000;

/** The exponential ceiling for attempt `attempt` (0 = the first after a drop). */
function ceiling(attempt: number): number {
  return Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** Math.min(attempt, 16));
}

/** Delay before reconnect attempt `attempt` (0 = the first after a drop): 0–400 ms, 0–800 ms, … 0–15 s. */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  return Math.round(random() * ceiling(attempt));
}

/**
 * Delay after the room closed this socket for sending over its rate (CLOSE.RATE_LIMITED), the
 * `strike`-th time in a run (1 = the first): seconds rather than the quick retry a dropped
 * connection gets, longer each time, so that whatever floods (a runaway script, a paste loop) does
 * not turn into a reconnect loop. Half of it fixed (the pause is the point), half random:
 * 1.6–3.2 s, 3.2–6.4 s, 6.4–12.8 s, then 7.5–15 s.
 */
export function rateLimitedDelay(strike: number, random: () => number = Math.random): number {
  const c = ceiling(Math.max(1, strike) + 2);
  return Math.round(c / 2 + random() * (c / 2));
}
