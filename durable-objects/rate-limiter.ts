/**
 * Fixed-window rate limits, one object per client key (e.g. `ip:203.0.113.7`). Counts live in
 * memory only: an evicted limiter forgets, which errs on the side of letting people in.
 */
import { DurableObject } from "cloudflare:workers";

export interface RateDecision {
  ok: boolean;
  /** Seconds until the window resets, for Retry-After. */
  retryAfter: number;
}

export class RateLimiter extends DurableObject<Env> {
  readonly #windows = new Map<string, { start: number; count: number }>();

  hit(bucket: string, limit: number, windowMs: number, now = Date.now()): RateDecision {
    let w = this.#windows.get(bucket);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      this.#windows.set(bucket, w);
    }
    w.count++;
    return { ok: w.count <= limit, retryAfter: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
  }
}
