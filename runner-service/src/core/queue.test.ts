import { describe, expect, it } from "vitest";
import { RunQueue, type Refusal, type Ticket } from "./queue.js";

const flush = () => new Promise((r) => setTimeout(r, 0));

/** A queue whose tickets record, in order, which ones have started. */
function harness(concurrency: number, maxQueued: number) {
  const q = new RunQueue(concurrency, maxQueued);
  const started: string[] = [];
  const positions: Record<string, number[]> = {};
  const tickets: Record<string, Ticket> = {};
  const enter = (tenant: string, label: string, signal = new AbortController().signal): Ticket | Refusal => {
    positions[label] = [];
    const t = q.tryEnter(tenant, signal, (p) => positions[label].push(p));
    if ("ready" in t) {
      tickets[label] = t;
      t.ready.then(() => started.push(label), () => {});
    }
    return t;
  };
  return { q, started, positions, tickets, enter };
}
const ticket = (t: Ticket | Refusal): Ticket => {
  if (!("ready" in t)) throw new Error(`refused: ${t.message}`);
  return t;
};

describe("RunQueue, one tenant", () => {
  it("runs up to the concurrency, queues with positions, refuses past maxQueued", async () => {
    const { q, positions, enter } = harness(1, 2);
    const a = ticket(enter("t", "a"));
    const b = ticket(enter("t", "b"));
    const c = ticket(enter("t", "c"));
    expect(enter("t", "d")).toMatchObject({ refused: "queue_full" });
    expect([q.running, q.queued]).toEqual([1, 2]);
    a.release();
    await b.ready;
    expect(positions).toMatchObject({ a: [], b: [1], c: [2, 1] });
    a.release(); // idempotent
    expect(q.running).toBe(1);
    b.release();
    await c.ready;
    c.release();
    expect([q.running, q.queued, q.tenants]).toEqual([0, 0, 0]);
  });

  it("drops a waiter whose request is aborted and renumbers the rest", async () => {
    const { q, positions, enter } = harness(1, 5);
    const ac = new AbortController();
    const first = ticket(enter("t", "first"));
    const gone = ticket(enter("t", "gone", ac.signal));
    const next = ticket(enter("t", "next"));
    ac.abort();
    await expect(gone.ready).rejects.toBeDefined();
    expect(positions.next).toEqual([2, 1]);
    first.release();
    await next.ready;
    expect([q.running, q.queued]).toEqual([1, 0]);
  });
});

describe("RunQueue, across tenants", () => {
  it("a flooding tenant fills only its share: the next tenant is admitted and starts at the first free slot", async () => {
    const { q, started, enter } = harness(2, 16);
    const flood = Array.from({ length: 20 }, (_, i) => enter("A", `a${i}`));
    expect(flood.filter((t) => "refused" in t)).toHaveLength(2); // 2 running + 16 waiting
    expect([q.running, q.queued]).toEqual([2, 16]);
    const b = ticket(enter("B", "b"));
    await flush();
    ticket(flood[0]).release();
    await b.ready;
    expect(started).toEqual(["a0", "a1", "b"]);
    expect(q.queued).toBe(16); // A's waiters still wait: B took the slot
  });

  it("caps each tenant's waiters at ⌈maxQueued / active tenants⌉, and the whole queue at 2 × maxQueued", () => {
    const { enter } = harness(1, 2);
    enter("A", "a-run");
    expect(["a1", "a2", "a3"].map((l) => "ready" in enter("A", l))).toEqual([true, true, false]);
    expect("ready" in enter("B", "b1")).toBe(true);
    expect(enter("B", "b2")).toMatchObject({ refused: "tenant_share" }); // ⌈2/2⌉ = 1 each
    expect("ready" in enter("C", "c1")).toBe(true); // 4 waiting = 2 × maxQueued
    expect(enter("D", "d1")).toMatchObject({ refused: "queue_full" });
  });

  it("serves waiting tenants in turn and announces the projected positions", async () => {
    const { started, positions, tickets, enter } = harness(1, 100);
    for (const label of ["a0", "a1", "a2", "a3"]) enter("A", label);
    for (const label of ["b1", "b2"]) enter("B", label);
    expect(["a1", "b1", "a2", "b2", "a3"].map((l) => positions[l].at(-1))).toEqual([1, 2, 3, 4, 5]);
    for (let i = 0; i < 6; i++) {
      await flush();
      tickets[started.at(-1)!].release(); // the run that just started ends
    }
    expect(started).toEqual(["a0", "a1", "b1", "a2", "b2", "a3"]);
  });

  it("lends a slot past the share rather than leave it idle while work waits", async () => {
    const { q, started, enter } = harness(4, 100);
    const a = ["a0", "a1", "a2", "a3"].map((l) => ticket(enter("A", l)));
    ticket(enter("A", "a4"));
    ticket(enter("A", "a5"));
    ticket(enter("B", "b"));
    a[0].release(); // B is under its share (⌈4/2⌉ = 2) and goes first
    await flush();
    expect(started.at(-1)).toBe("b");
    a[1].release(); // A is at its share, but nobody under theirs waits: A borrows
    await flush();
    expect(started.at(-1)).toBe("a4");
    expect([q.running, q.queued]).toEqual([4, 1]);
  });
});
