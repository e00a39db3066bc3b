/** The retry schedule of a failed webhook delivery, and the setting that scales it. */
import { describe, expect, it } from "vitest";
import { DEFAULT_RETRY_BASE_MS, MAX_ATTEMPTS, retryBaseMs, retryDelay } from "./webhook-retries";

describe("webhook retries", () => {
  it("wait about 30 s, 2 min, 10 min, 1 h and 6 h after each failure, up to a fifth longer at random, then stop", () => {
    const least = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelay(i + 1, DEFAULT_RETRY_BASE_MS, () => 0));
    const most = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelay(i + 1, DEFAULT_RETRY_BASE_MS, () => 1));
    expect(least).toEqual([30_000, 120_000, 600_000, 3_600_000, 21_600_000, null]);
    expect(most).toEqual([36_000, 144_000, 720_000, 4_320_000, 25_920_000, null]);
  });

  it("take the base from WEBHOOK_RETRY_BASE_MS, 30 s when unset; refuse a silly one rather than guess", () => {
    expect(retryBaseMs(undefined, true)).toBe(30_000);
    expect(retryBaseMs("", true)).toBe(30_000);
    expect(retryBaseMs("5000", true)).toBe(5_000);
    expect(retryBaseMs("10", false)).toBe(10);
    for (const silly of ["0", "-1", "1.5", "1e3", "soon", " ", "3600001"]) expect(() => retryBaseMs(silly, false), silly).toThrow(/WEBHOOK_RETRY_BASE_MS/);
    expect(() => retryBaseMs("10", true)).toThrow(/from 1000 to 3600000/); // below a second only in tests and development
  });
});
