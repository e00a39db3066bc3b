/**
 * The signals queue: batches the route takes (≤ 50 signals, a body ≤ 4 KiB), at most one request
 * per 5 s, the oldest dropped past 200 waiting, a refused batch retried after Retry-After in its
 * order, reporting stopped when the session is gone, and the page-hide flush never early.
 */
import { describe, expect, it } from "vitest";
import { SIGNALS_MAX_BYTES, SIGNALS_MIN_INTERVAL_MS, SignalsSchema, type Signal } from "../../../contracts/record";
import { fingerprint, pasteSignal } from "./paste-origin";
import { type Clock, MAX_BATCH, MAX_QUEUED, SignalQueue, SignalsReporter, type SendResult } from "./signals";

const blur = (at: number): Signal => ({ kind: "blur", at });
const paste = (at: number, size = 10_000_000): Signal => ({ kind: "paste", at, size, external: true });
const bodyBytes = (batch: Signal[]) => new TextEncoder().encode(JSON.stringify({ signals: batch })).length;

describe("the signals queue", () => {
  it("sends the oldest first, at most 50 a batch within 4 KiB, and one batch per 5 s", () => {
    const q = new SignalQueue();
    const t0 = 1_700_000_000_000;
    for (let i = 0; i < 120; i++) q.push(i % 2 ? paste(t0 + i) : blur(t0 + i));
    const first = q.take(t0)!;
    expect(first).toHaveLength(MAX_BATCH);
    expect(first[0].at).toBe(t0);
    expect(bodyBytes(first)).toBeLessThanOrEqual(SIGNALS_MAX_BYTES);
    expect(SignalsSchema.safeParse({ signals: first }).success).toBe(true);
    expect(q.take(t0 + SIGNALS_MIN_INTERVAL_MS - 1)).toBeNull();
    expect(q.wait(t0 + 1000)).toBe(SIGNALS_MIN_INTERVAL_MS - 1000);
    const second = q.take(t0 + SIGNALS_MIN_INTERVAL_MS)!;
    expect(second[0].at).toBe(t0 + 50);
    expect(q.take(t0 + 2 * SIGNALS_MIN_INTERVAL_MS)).toHaveLength(20);
    expect(q.wait(t0 + 3 * SIGNALS_MIN_INTERVAL_MS)).toBeNull();
  });

  it("splits by bytes when the byte cap bites first: every body within it, nothing lost or reordered", () => {
    const limits = { maxQueued: 200, maxBatch: 50, maxBytes: 300, intervalMs: 0 };
    const q = new SignalQueue(limits);
    const all = Array.from({ length: 30 }, (_, i) => paste(1_700_000_000_000 + i));
    for (const s of all) q.push(s);
    const sent: Signal[][] = [];
    for (let b = q.take(0); b; b = q.take(0)) sent.push(b);
    expect(sent.length).toBeGreaterThan(1);
    for (const b of sent) expect(bodyBytes(b)).toBeLessThanOrEqual(300);
    // each batch is as full as the cap allows: one more signal would not have fit
    for (let i = 0; i < sent.length - 1; i++) expect(bodyBytes([...sent[i], sent[i + 1][0]])).toBeGreaterThan(300);
    expect(sent.flat()).toEqual(all);
  });

  it("keeps at most 200 waiting, dropping the oldest and counting them", () => {
    const q = new SignalQueue();
    for (let i = 0; i < MAX_QUEUED + 37; i++) q.push(blur(i));
    expect(q.size).toBe(MAX_QUEUED);
    expect(q.dropped).toBe(37);
    expect(q.take(0)![0].at).toBe(37);
  });

  it("puts a refused batch back in front, to go after the Retry-After", () => {
    const q = new SignalQueue();
    for (let i = 0; i < 3; i++) q.push(blur(i));
    const batch = q.take(0)!;
    q.push(blur(3));
    q.putBack(batch, 100, 7000);
    expect(q.take(100 + SIGNALS_MIN_INTERVAL_MS)).toBeNull();
    expect(q.take(7100)!.map((s) => s.at)).toEqual([0, 1, 2, 3]);
  });
});

/** Timers run by hand: `advance` moves the time and runs what fell due. */
class ManualClock implements Clock {
  t = 0;
  timers: Array<{ at: number; fn: () => void; id: number }> = [];
  #id = 0;
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    this.timers.push({ at: this.t + ms, fn, id: ++this.#id });
    return this.#id;
  };
  clearTimeout = (id: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== id);
  };
  async advance(ms: number) {
    const end = this.t + ms;
    for (;;) {
      const next = this.timers.filter((x) => x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      this.timers = this.timers.filter((x) => x !== next);
      this.t = next.at;
      next.fn();
      await new Promise((r) => setTimeout(r, 0)); // the send's promise settles
    }
    this.t = end;
  }
}

function reporter(answers: SendResult[] = []) {
  const clock = new ManualClock();
  const sends: Array<{ at: number; batch: Signal[]; keepalive: boolean }> = [];
  const r = new SignalsReporter(async (batch, { keepalive }) => {
    sends.push({ at: clock.t, batch, keepalive });
    return answers.shift() ?? "sent";
  }, clock);
  return { clock, sends, r };
}

describe("the signals reporter", () => {
  it("sends what comes together in one request, and never two within 5 s", async () => {
    const { clock, sends, r } = reporter();
    r.report(blur(1));
    r.report({ kind: "hidden", at: 2 });
    await clock.advance(0);
    expect(sends.map((s) => s.batch.length)).toEqual([2]);
    for (let i = 0; i < 20; i++) {
      r.report(blur(10 + i));
      await clock.advance(700);
    }
    const gaps = sends.slice(1).map((s, i) => s.at - sends[i].at);
    expect(sends.length).toBeGreaterThan(2);
    for (const g of gaps) expect(g).toBeGreaterThanOrEqual(SIGNALS_MIN_INTERVAL_MS);
    await clock.advance(SIGNALS_MIN_INTERVAL_MS);
    expect(sends.flatMap((s) => s.batch).length).toBe(22);
  });

  it("after a network failure sends the batch again after the interval", async () => {
    const clock = new ManualClock();
    const sends: number[] = [];
    const r = new SignalsReporter(async () => {
      sends.push(clock.t);
      if (sends.length === 1) throw new TypeError("Failed to fetch");
      return "sent";
    }, clock);
    r.report(blur(1));
    await clock.advance(SIGNALS_MIN_INTERVAL_MS);
    expect(sends).toEqual([0, SIGNALS_MIN_INTERVAL_MS]);
    expect(r.queue.size).toBe(0);
  });

  it("after a 429 sends the same batch again once Retry-After has passed", async () => {
    const { clock, sends, r } = reporter([{ retryAfterMs: 8000 }]);
    r.report(blur(1));
    await clock.advance(0);
    r.report(blur(2));
    await clock.advance(7999);
    expect(sends).toHaveLength(1);
    await clock.advance(1);
    expect(sends.map((s) => [s.at, s.batch.map((b) => b.at)])).toEqual([[0, [1]], [8000, [1, 2]]]);
  });

  it("drops a batch the route refuses as it is, and stops for good when the session is refused", async () => {
    const { clock, sends, r } = reporter(["drop", "stop"]);
    r.report(blur(1));
    await clock.advance(0);
    r.report(blur(2));
    await clock.advance(SIGNALS_MIN_INTERVAL_MS);
    expect(sends.map((s) => s.batch[0].at)).toEqual([1, 2]);
    r.report(blur(3));
    await clock.advance(60_000);
    expect(sends).toHaveLength(2);
    expect(r.queue.size).toBe(0);
  });

  it("on page hide sends at once with keepalive when a batch may go, and not early when it may not", async () => {
    const { clock, sends, r } = reporter();
    r.report(blur(1));
    await clock.advance(0);
    r.report({ kind: "hidden", at: 2 });
    r.flushNow();
    await clock.advance(0);
    expect(sends).toHaveLength(1);
    await clock.advance(SIGNALS_MIN_INTERVAL_MS - 1);
    r.stop(); // the timer is gone with the page; only the page-hide flush is left
    const due = reporter();
    due.r.report({ kind: "hidden", at: 5 });
    due.r.flushNow();
    await Promise.resolve();
    expect(due.sends).toEqual([{ at: 0, batch: [{ kind: "hidden", at: 5 }], keepalive: true }]);
  });
});

describe("a paste's origin", () => {
  it("is the editor's own when it matches the editor's last copy or cut, else external", () => {
    const code = "def two_sum(nums, target):\n    seen = {}\n";
    const copy = fingerprint(code);
    expect(pasteSignal(code, copy, 5)).toEqual({ kind: "paste", at: 5, size: code.length, external: false });
    expect(pasteSignal(code, null, 5).external).toBe(true);
    expect(pasteSignal(`${code} `, copy, 5).external).toBe(true);
    expect(pasteSignal(code.replace("seen", "sEen"), copy, 5).external).toBe(true);
    expect(pasteSignal("", null, 5)).toEqual({ kind: "paste", at: 5, size: 0, external: true });
  });
});
