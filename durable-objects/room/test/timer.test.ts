import { describe, expect, it } from "vitest";
import { nextTimer } from "../state-writes";

describe("the interview timer", () => {
  it("timer arithmetic: pause banks elapsed time, start resumes, reset clears", () => {
    const started = nextTimer(null, { action: "start", minutes: 10 }, 1_000);
    expect(started).toEqual({ durationMs: 600_000, startedAt: 1_000, elapsedMs: 0 });
    const paused = nextTimer(started, { action: "pause" }, 61_000);
    expect(paused).toEqual({ durationMs: 600_000, startedAt: null, elapsedMs: 60_000 });
    expect(nextTimer(paused, { action: "start" }, 100_000)).toEqual({ durationMs: 600_000, startedAt: 100_000, elapsedMs: 60_000 });
    expect(nextTimer(started, { action: "start" }, 5_000)).toEqual(started); // already running
    expect(nextTimer(paused, { action: "reset" }, 200_000)).toEqual({ durationMs: 600_000, startedAt: null, elapsedMs: 0 });
  });
});
