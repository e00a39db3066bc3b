/**
 * Close 4429 (the room's per-socket rate): the provider reconnects, after a pause of seconds that
 * grows while the closes keep coming — a reconnect succeeds at once, so it must not end the run —
 * and starts over once a connection stayed up a while. Other drops keep the quick jittered retry.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { CLOSE } from "../../../contracts/wire";
import { RATE_LIMIT_CALM_MS, rateLimitedDelay } from "./backoff";
import { createProvider } from "./provider";

type Internals = { maxBackoffTime: number; shouldConnect: boolean; emit(name: string, args: unknown[]): void };

function provider(onClosed = vi.fn()) {
  const p = createProvider("room-1", "code", new Y.Doc(), "token", { onClosed }, "http://127.0.0.1:1") as unknown as Internals;
  p.shouldConnect = true; // as after connect(), without a socket
  return p;
}
/** Connected, then closed with `code` after `upMs`: the pause y-websocket will wait before the next attempt. */
function cycle(p: Internals, code: number, upMs = 100): number {
  p.emit("status", [{ status: "connected" }]);
  vi.advanceTimersByTime(upMs);
  p.emit("connection-close", [{ code, reason: "" }]);
  return p.maxBackoffTime;
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("close 4429 (rate limited)", () => {
  it("reconnects after seconds, not at once, longer each time it comes right back; a drop keeps the quick retry", () => {
    vi.useFakeTimers();
    vi.spyOn(Math, "random").mockReturnValue(0); // the low end of each jittered range
    const onClosed = vi.fn();
    const p = provider(onClosed);
    expect(cycle(p, 1006)).toBe(0); // an ordinary drop: full jitter, from zero
    expect([1, 2, 3, 4, 5].map(() => cycle(p, CLOSE.RATE_LIMITED))).toEqual([1600, 3200, 6400, 7500, 7500]);
    expect(p.shouldConnect).toBe(true); // it does reconnect
    expect(onClosed).not.toHaveBeenCalled();
    expect(cycle(p, CLOSE.RATE_LIMITED, RATE_LIMIT_CALM_MS + 1)).toBe(1600); // after a calm minute, the run starts over
    expect(cycle(p, 1006)).toBe(0);
  });

  it("the pause is jittered, so that a room's clients closed together do not return together", () => {
    const seen = new Set(Array.from({ length: 50 }, () => rateLimitedDelay(1)));
    expect(seen.size).toBeGreaterThan(40);
    for (const d of seen) expect(d).toBeGreaterThanOrEqual(1600), expect(d).toBeLessThanOrEqual(3200);
  });
});
