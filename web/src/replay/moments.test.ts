/** Markers, the console and chat at a moment, the play clock and the line diff: the replay's pure parts. */
import { describe, expect, it } from "vitest";
import type { RecordEvent } from "../../../contracts/record";
import { PlayClock } from "./clock";
import { diffLines } from "./line-diff";
import { markersOf, Moments, nextMarker, prevMarker } from "./moments";
import { type Frame, Timeline } from "./timeline";

const run = (seq: number, t: number, runId: string): RecordEvent => ({ kind: "run.start", seq, t, userId: "c", runId, mode: "program", language: "python", source: "print(1)" });
const out = (seq: number, t: number, runId: string, data: string): RecordEvent => ({ kind: "run.output", seq, t, runId, stream: "stdout", data });
const end = (seq: number, t: number, runId: string, exitCode: number, verdict: string | null = null): RecordEvent => ({
  kind: "run.end", seq, t, runId, status: "finished", startedAt: t - 5, exit: { status: "OK", exitCode }, error: null, verdict, passed: null, total: null,
});

const events: RecordEvent[] = [
  { kind: "join", seq: 1, t: 0, userId: "i", role: "interviewer" },
  run(2, 100, "r1"), out(3, 110, "r1", "1\n"), out(4, 120, "r1", "2\n"), end(5, 130, "r1", 0),
  { kind: "chat", seq: 6, t: 200, userId: "i", text: "why a loop?" },
  { kind: "note", seq: 7, t: 300, userId: "i", added: 1, removed: 0 },
  { kind: "note", seq: 8, t: 5_000, userId: "i", added: 1, removed: 0 }, // same burst
  { kind: "note", seq: 9, t: 40_000, userId: "i", added: 1, removed: 0 }, // a new one
  { kind: "paste", seq: 10, t: 41_000, userId: "c", size: 300, external: true, claimedAt: 40_990 },
  { kind: "hidden", seq: 11, t: 42_000, userId: "c", claimedAt: 41_990 },
  { kind: "blur", seq: 12, t: 42_100, userId: "c", claimedAt: 41_995 }, // the same leaving
  { kind: "drop", seq: 13, t: 43_000, userId: "c" },
  run(14, 44_000, "r2"), end(15, 44_500, "r2", 0, "WA"),
  { kind: "edit", seq: 16, t: 45_000, userId: "c", language: "python", added: 1, removed: 0 },
];

describe("markers", () => {
  it("mark runs with their verdict, chat, note bursts, pastes, focus losses and drops, never edits or joins", () => {
    expect(markersOf(events).map((m) => [m.kind, m.t])).toEqual([
      ["run", 100], ["pass", 130], ["chat", 200], ["note", 300], ["note", 40_000], ["paste", 41_000], ["focus", 42_000], ["drop", 43_000], ["run", 44_000], ["fail", 44_500],
    ]);
  });
  it("step to the next and the previous marker", () => {
    const markers = markersOf(events);
    expect(nextMarker(markers, 130)?.t).toBe(200);
    expect(prevMarker(markers, 130)?.t).toBe(100);
    expect(prevMarker(markers, 100)).toBeNull();
    expect(nextMarker(markers, 44_500)).toBeNull();
  });
});

describe("the console and chat as they stood", () => {
  const moments = new Moments(events);
  it("shows the latest run with the output it had printed by then", () => {
    expect(moments.runAt(99)).toBeNull();
    expect(moments.runAt(115)).toMatchObject({ start: { runId: "r1" }, output: [{ data: "1\n" }], end: null });
    expect(moments.runAt(130)).toMatchObject({ output: [{ data: "1\n" }, { data: "2\n" }], end: { runId: "r1" } });
    expect(moments.runAt(44_100)).toMatchObject({ start: { runId: "r2" }, output: [], end: null });
  });
  it("holds the chat sent up to then", () => {
    expect(moments.chatAt(199)).toEqual([]);
    expect(moments.chatAt(200).map((c) => c.text)).toEqual(["why a loop?"]);
  });
});

describe("the play clock", () => {
  it("moves at its speed from the wall time, pauses, stops at the end and plays again from the start", () => {
    const clock = new PlayClock(10_000);
    expect(clock.position(5_000)).toBe(0);
    clock.play(1_000);
    expect(clock.position(2_000)).toBe(1_000);
    clock.setSpeed(2_000, 16);
    expect(clock.position(2_250)).toBe(5_000);
    clock.pause(2_250);
    expect(clock.position(9_999)).toBe(5_000);
    clock.play(10_000);
    expect(clock.position(10_500)).toBe(10_000);
    expect(clock.ended(10_500)).toBe(true);
    clock.play(11_000); // at the end: from the start again
    expect(clock.position(11_000)).toBe(0);
    clock.seek(11_000, 20_000);
    expect(clock.position(11_000)).toBe(10_000);
  });
});

describe("diffLines", () => {
  it("keeps what both share and shows removed before added lines", () => {
    expect(diffLines("a\nb\nc\nd", "a\nx\nc\nd\ne").map((l) => `${l.op[0]} ${l.text}`)).toEqual(["s a", "d b", "a x", "s c", "s d", "a e"]);
    expect(diffLines("same", "same")).toEqual([{ op: "same", text: "same", a: 1, b: 1 }]);
  });
  it("numbers each side's lines", () => {
    expect(diffLines("x\ny", "y")).toEqual([{ op: "del", text: "x", a: 1 }, { op: "same", text: "y", a: 2, b: 1 }]);
  });
});

describe("a long interview", () => {
  it("any seek among 20,000 edits of a 6 KB buffer takes well under 100 ms", () => {
    const line = "    total = total + values[i] * weight  # running sum\n";
    const many: RecordEvent[] = [];
    let length = 0;
    for (let i = 0; i < 20_000; i++) {
      const at = length === 0 ? 0 : (i * 7919) % length;
      const grow = length < 6_000 || i % 2 === 0;
      const delta = grow ? [{ retain: at }, { insert: line.slice(0, 1 + (i % 20)) }] : [{ retain: Math.max(0, at - 10) }, { delete: Math.min(10, length) }];
      length += grow ? 1 + (i % 20) : -Math.min(10, length);
      many.push({ kind: "edit", seq: i + 1, t: i * 180, userId: i % 3 ? "c" : "i", language: "python", added: 0, removed: 0, delta });
    }
    const base: Frame = { files: {}, authors: {}, notes: "", language: "python" };
    const built = performance.now();
    const timeline = new Timeline(base, many);
    expect(timeline.built).toBe(false); // the page paints before replaying it all
    let ticks = 0;
    expect(timeline.buildUntil(2, () => ticks++)).toBe(false); // a slice at a time, then yields
    expect(timeline.buildUntil(Number.POSITIVE_INFINITY)).toBe(true);
    expect(performance.now() - built).toBeLessThan(1_000);
    let worst = 0;
    for (let k = 0; k < 200; k++) {
      const t = ((k * 104_729) % 20_000) * 180;
      const s = performance.now();
      const f = timeline.frameAt(t);
      worst = Math.max(worst, performance.now() - s);
      expect(f.authors.python?.reduce((n, r) => n + r.length, 0) ?? 0).toBe(f.files.python?.length ?? 0);
    }
    expect(worst).toBeLessThan(100); // the bound for a seek in the page, here for the model alone on a shared machine
  });
});
