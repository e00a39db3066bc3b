import { describe, expect, it } from "vitest";
import { Leases } from "./leases";

describe("Leases", () => {
  it("admits at most `limit` holders, renews a holder's own lease, and frees a place on release", () => {
    const l = new Leases();
    expect(l.acquire("t", "a", 2, 10_000, 0).ok).toBe(true);
    expect(l.acquire("t", "b", 2, 10_000, 0).ok).toBe(true);
    const refused = l.acquire("t", "c", 2, 10_000, 1_000);
    expect(refused).toEqual({ ok: false, retryAfter: 9 });
    expect(l.acquire("t", "a", 2, 10_000, 2_000).ok).toBe(true); // a holder renewing is not a new place
    l.release("t", "b");
    expect(l.acquire("t", "c", 2, 10_000, 3_000).ok).toBe(true);
    expect(l.count("t", 3_000)).toBe(2);
  });

  it("lets a lease lapse after its ttl, so a holder that died never blocks the key for good", () => {
    const l = new Leases();
    l.acquire("t", "dead", 1, 5_000, 0);
    expect(l.acquire("t", "next", 1, 5_000, 4_999).ok).toBe(false);
    expect(l.acquire("t", "next", 1, 5_000, 5_000).ok).toBe(true);
  });

  it("keeps keys apart", () => {
    const l = new Leases();
    l.acquire("t1", "a", 1, 5_000, 0);
    expect(l.acquire("t2", "a", 1, 5_000, 0).ok).toBe(true);
  });
});
