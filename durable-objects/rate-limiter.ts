/**
 * Rate limits and concurrency caps per client key (e.g. `ip:203.0.113.7`, `tenant:…`), one
 * object per key. Counts and leases live in memory only: an evicted limiter forgets, which errs
 * on the side of letting people in.
 */
import { DurableObject } from "cloudflare:workers";
import { FixedWindows, type RateDecision } from "./fixed-window";
import { Leases } from "./leases";

export class RateLimiter extends DurableObject<Env> {
  readonly #windows = new FixedWindows();
  readonly #leases = new Leases();

  hit(bucket: string, limit: number, windowMs: number): RateDecision {
    return this.#windows.hit(bucket, limit, windowMs);
  }

  /** Takes (or renews) one of `limit` concurrent places in `bucket` for `holder`, for at most ttlMs. */
  acquire(bucket: string, holder: string, limit: number, ttlMs: number): RateDecision {
    return this.#leases.acquire(bucket, holder, limit, ttlMs);
  }

  release(bucket: string, holder: string): void {
    this.#leases.release(bucket, holder);
  }
}
