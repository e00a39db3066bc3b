import { describe, expect, it } from "vitest";
import { nextTimer, timerEndsAt, timerRemainingMs } from "../timer";

describe("the interview timer", () => {
  it("timer arithmetic: pause banks elapsed time, start and resume go on, reset clears", () => {
    const started = nextTimer(null, { action: "start", minutes: 10 }, 1_000);
    expect(started).toEqual({ durationMs: 600_000, startedAt: 1_000, elapsedMs: 0, atZero: "nothing" });
    const paused = nextTimer(started, { action: "pause" }, 61_000);
    expect(paused).toEqual({ durationMs: 600_000, startedAt: null, elapsedMs: 60_000, atZero: "nothing" });
    expect(nextTimer(paused, { action: "start" }, 100_000)).toEqual({ durationMs: 600_000, startedAt: 100_000, elapsedMs: 60_000, atZero: "nothing" });
    expect(nextTimer(paused, { action: "resume" }, 100_000)).toEqual({ durationMs: 600_000, startedAt: 100_000, elapsedMs: 60_000, atZero: "nothing" });
    expect(nextTimer(started, { action: "start" }, 5_000)).toEqual(started); // already running
    expect(nextTimer(started, { action: "resume" }, 5_000)).toEqual(started);
    expect(nextTimer(paused, { action: "pause" }, 9_000)).toEqual(paused);
    expect(nextTimer(paused, { action: "reset" }, 200_000)).toEqual({ durationMs: 600_000, startedAt: null, elapsedMs: 0, atZero: "nothing" });
  });

  it("adjusting moves the end; taking more than is left ends it now; the zero action is kept until changed", () => {
    const started = nextTimer(null, { action: "start", minutes: 10, atZero: "submit" }, 0);
    expect(timerEndsAt(started)).toBe(600_000);
    const plus5 = nextTimer(started, { action: "adjust", minutes: 5 }, 60_000);
    expect(timerEndsAt(plus5)).toBe(900_000);
    expect(timerRemainingMs(plus5, 60_000)).toBe(840_000);
    const cut = nextTimer(plus5, { action: "adjust", minutes: -180 }, 60_000);
    expect(cut.durationMs).toBe(1);
    expect(timerRemainingMs(cut, 60_000)).toBeLessThan(0);
    expect(cut.atZero).toBe("submit");
    expect(nextTimer(cut, { action: "at-zero", atZero: "read-only" }, 0).atZero).toBe("read-only");
    expect(timerEndsAt(nextTimer(started, { action: "pause" }, 10))).toBeNull();
    expect(timerEndsAt(null)).toBeNull();
  });
});
