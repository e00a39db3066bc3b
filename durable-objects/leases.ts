/**
 * Concurrency leases, kept in memory by whichever object owns them: at most `limit` holders of a
 * key at once. A lease lapses after its ttl, so a holder that died without releasing (a room
 * evicted mid-run) never blocks the key for good; re-acquiring renews it.
 */
import type { RateDecision } from "./fixed-window";

export class Leases {
  readonly #held = new Map<string, Map<string, number>>();

  acquire(key: string, holder: string, limit: number, ttlMs: number, now = Date.now()): RateDecision {
    const holders = this.#live(key, now);
    if (!holders.has(holder) && holders.size >= limit) {
      const soonest = Math.min(...holders.values());
      return { ok: false, retryAfter: Math.max(1, Math.ceil((soonest - now) / 1000)) };
    }
    holders.set(holder, now + ttlMs);
    return { ok: true, retryAfter: 0 };
  }

  release(key: string, holder: string): void {
    const holders = this.#held.get(key);
    holders?.delete(holder);
    if (holders?.size === 0) this.#held.delete(key);
  }

  count(key: string, now = Date.now()): number {
    return this.#live(key, now).size;
  }

  #live(key: string, now: number): Map<string, number> {
    let holders = this.#held.get(key);
    if (!holders) this.#held.set(key, (holders = new Map()));
    for (const [h, until] of holders) if (until <= now) holders.delete(h);
    return holders;
  }
}
