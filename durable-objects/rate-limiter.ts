/**
 * Rate limits per client key (e.g. `ip:203.0.113.7`), one object per key. Counts live in
 * memory only: an evicted limiter forgets, which errs on the side of letting people in.
 */
import { DurableObject } from "cloudflare:workers";
import { FixedWindows, type RateDecision } from "./fixed-window";

export class RateLimiter extends DurableObject<Env> {
  readonly #windows = new FixedWindows();

  hit(bucket: string, limit: number, windowMs: number): RateDecision {
    return this.#windows.hit(bucket, limit, windowMs);
  }
}
