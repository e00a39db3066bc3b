/** Fixed-window counters for rate limits, kept in memory by whichever object owns them. */
export interface RateDecision {
  ok: boolean;
  /** Seconds until the window resets, for Retry-After. */
  retryAfter: number;
}

export class FixedWindows {
  readonly #windows = new Map<string, { start: number; count: number }>();

  hit(key: string, limit: number, windowMs: number, now = Date.now()): RateDecision {
    let w = this.#windows.get(key);
    if (!w || now - w.start >= windowMs) {
      if (this.#windows.size > 10_000) this.#windows.clear(); // bounded memory; forgetting only lets people in
      w = { start: now, count: 0 };
      this.#windows.set(key, w);
    }
    w.count++;
    return { ok: w.count <= limit, retryAfter: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
  }
}
