import { describe, expect, it } from "vitest";
import { pickRunner } from "./pool-transport";
import { readEvents, RunnerLostError } from "./runner-client";

const line = (ev: object) => `${JSON.stringify(ev)}\n`;
const EXIT = { type: "exit", stage: "run", status: "OK", exitCode: 0, signal: null, timeMs: 1, wallMs: 1, memoryKb: 1, truncated: false };

/** A runner's body: `chunks` as they come (a number: a pause of that many ms), then `end`. */
function body(chunks: (string | number)[], end: "close" | "error" | "hang" = "close"): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    async start(controller) {
      for (const c of chunks) {
        if (typeof c === "number") await new Promise((r) => setTimeout(r, c));
        else controller.enqueue(encoder.encode(c));
      }
      if (end === "close") controller.close();
      if (end === "error") controller.error(new Error("Network connection lost."));
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, silenceMs?: number) {
  const seen: string[] = [];
  try {
    for await (const ev of readEvents(stream, silenceMs)) seen.push(ev.type);
    return { seen, error: null };
  } catch (e) {
    return { seen, error: e as Error };
  }
}

describe("reading a runner's stream", () => {
  it("hands on the run's events without heartbeats, and heartbeats keep a quiet run alive", async () => {
    const hb = (seq: number) => line({ type: "heartbeat", seq });
    const quiet = [line({ type: "started", seq: 0 }), 30, hb(1), 30, hb(2), 30, hb(3), line({ ...EXIT, seq: 4 })];
    expect(await collect(body(quiet), 50)).toEqual({ seen: ["started", "exit"], error: null });
  });

  it("a silent runner fails the run after the silence, saying it stopped responding", async () => {
    const started = Date.now();
    const { seen, error } = await collect(body([line({ type: "started", seq: 0 })], "hang"), 60);
    expect(seen).toEqual(["started"]);
    expect(error).toBeInstanceOf(RunnerLostError);
    expect(error?.message).toMatch(/^the runner stopped responding/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("a cut stream, or one closed before the run's last event, says the runner went away", async () => {
    for (const end of ["error", "close"] as const) {
      const { error } = await collect(body([line({ type: "started", seq: 0 }), line({ ...EXIT, stage: "compile", seq: 1 })], end));
      expect(error).toBeInstanceOf(RunnerLostError);
      expect(error?.message).toMatch(/^the runner went away mid-run/);
    }
  });

  it("a run that ended with a failed compile's test verdicts is complete", async () => {
    const ce = [line({ ...EXIT, stage: "compile", status: "CE", seq: 0 }), line({ type: "test", index: 0, verdict: "CE", timeMs: 0, memoryKb: 0, seq: 1 })];
    expect(await collect(body(ce))).toEqual({ seen: ["exit", "test"], error: null });
  });
});

describe("power of two choices", () => {
  it("never picks the most loaded of three, and the least loaded most of the time", () => {
    const load: Record<string, number> = { a: 0.5, b: 1, c: Number.POSITIVE_INFINITY };
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const picks = Array.from({ length: 300 }, () => pickRunner(["a", "b", "c"], (u) => load[u], random));
    expect(picks).not.toContain("c");
    expect(picks.filter((p) => p === "a").length).toBeGreaterThan(150); // in 2 of the 3 pairs
    expect(pickRunner(["b"], (u) => load[u], random)).toBe("b");
  });
});
