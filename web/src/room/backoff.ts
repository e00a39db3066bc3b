/**
 * Reconnect delays: exponential with "equal jitter" (half fixed, half random), so that after a
 * deploy thousands of clients do not come back in the same instant (DESIGN pitfall 6).
 */
export const BACKOFF = { baseMs: 400, capMs: 15_000 } as const;

/** Delay before reconnect attempt `attempt` (0 = the first after a drop). */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * 2 ** Math.min(attempt, 16));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
