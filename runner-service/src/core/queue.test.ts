import { describe, expect, it } from "vitest";
import { RunQueue } from "./queue.js";

describe("RunQueue", () => {
  it("runs up to the concurrency, queues with positions, refuses past maxQueued", async () => {
    const q = new RunQueue(1, 2);
    const never = new AbortController().signal;
    const positions: number[][] = [[], [], []];
    const a = q.tryEnter(never, (p) => positions[0].push(p))!;
    const b = q.tryEnter(never, (p) => positions[1].push(p))!;
    const c = q.tryEnter(never, (p) => positions[2].push(p))!;
    expect(q.tryEnter(never, () => {})).toBeNull();
    expect([q.running, q.queued]).toEqual([1, 2]);
    await a.ready;
    a.release();
    await b.ready;
    expect(positions).toEqual([[], [1], [2, 1]]);
    a.release(); // idempotent
    expect(q.running).toBe(1);
    b.release();
    await c.ready;
    c.release();
    expect([q.running, q.queued]).toEqual([0, 0]);
  });

  it("drops a waiter whose request is aborted and renumbers the rest", async () => {
    const q = new RunQueue(1, 5);
    const ac = new AbortController();
    const first = q.tryEnter(new AbortController().signal, () => {})!;
    const gone = q.tryEnter(ac.signal, () => {})!;
    const seen: number[] = [];
    const next = q.tryEnter(new AbortController().signal, (p) => seen.push(p))!;
    ac.abort();
    await expect(gone.ready).rejects.toBeDefined();
    expect(seen).toEqual([2, 1]);
    first.release();
    await next.ready;
    expect(q.running).toBe(1);
  });
});
