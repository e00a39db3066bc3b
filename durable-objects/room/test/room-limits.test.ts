/**
 * From the attacker's side: floods, huge pastes, thousands of root entries and deep nesting get
 * a clear error and store nothing, and the room keeps serving everyone else meanwhile.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CLOSE, MESSAGE_SYNC, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE } from "../../../contracts/wire";
import { awarenessFrame, syncFrame, writeAwarenessUpdate } from "../frames";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { roomState } from "./room-state";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function synced(room: string, n: number, role: "candidate" | "interviewer" = "candidate"): Promise<TestClient[]> {
  const clients = await Promise.all(Array.from({ length: n }, () => TestClient.connect(room, { role })));
  await until(() => clients.every((c) => c.synced), "synced");
  return clients;
}

/** Sends one edit from a fresh writer: the room's first answer to it, and whether anything was stored. */
async function tryWrite(room: string, edit: (d: Y.Doc) => void) {
  const [writer, watcher] = await synced(room, 2);
  const before = await roomState(room);
  const heard = watcher.received.length;
  writer.doc.transact(() => edit(writer.doc));
  await until(() => writer.denied.length > 0 || watcher.received.length > heard, "an answer", 10_000);
  const after = await roomState(room);
  return { denied: writer.denied.slice(0, 1), unchanged: JSON.stringify(after) === JSON.stringify(before), logged: after.logged - before.logged };
}

describe("rate limits", () => {
  it("a flooding socket is closed 4429 once past its burst, and the others' edits keep flowing meanwhile", async () => {
    const room = uniqueRoom("lim");
    const [editor, watcher, flooder] = await synced(room, 3);
    const noop = syncFrame(SYNC_UPDATE, new Uint8Array([0, 0]));
    // As fast as the room takes frames in, a hundred at a time (~2,500/s on a quiet machine: five
    // times the sustained rate, so the burst runs out in ~3 s). Paced by the room's answers, not a
    // clock: at a fixed rate a machine shared with other tests fell behind, the queue of flood
    // frames grew, and the editor's edit waited behind it in the runtime, not in the Room.
    const flood = (async () => {
      while (!flooder.closeEvent) {
        for (let i = 0; i < 100; i++) flooder.sendBinary(noop);
        await flooder.handled();
      }
    })();
    const latencies: number[] = [];
    const text = editor.doc.getText("code:python");
    while (!flooder.closeEvent) {
      const sent = Date.now();
      text.insert(text.length, "x");
      await until(() => watcher.text() === text.toString(), "the editor's edit reaches the watcher", 5000);
      latencies.push(Date.now() - sent);
      await sleep(100);
    }
    await flood;
    expect(flooder.closeEvent).toEqual({ code: CLOSE.RATE_LIMITED, reason: "rate limited: over 500 messages/s (bursts of 5000)" });
    latencies.sort((a, b) => a - b);
    expect(latencies.length).toBeGreaterThan(5);
    // Every edit arrived during the flood (each within until()'s 5 s), most of them at once.
    expect(latencies[Math.floor(latencies.length / 2)], `latencies ${latencies}`).toBeLessThan(300);
    expect([editor.closeEvent, watcher.closeEvent]).toEqual([null, null]);
  }, 60_000);

  it("a socket sending over 2 MiB at once is closed 4429", async () => {
    const room = uniqueRoom("lim");
    const [big] = await synced(room, 1);
    const frame = awarenessFrame(writeAwarenessUpdate([{ clientId: big.doc.clientID, clock: 1, state: JSON.stringify({ pad: "x".repeat(900_000) }) }]));
    for (let i = 0; i < 3; i++) big.sendBinary(frame);
    await until(() => big.closeEvent !== null, "closed");
    expect(big.closeEvent).toEqual({ code: CLOSE.RATE_LIMITED, reason: "rate limited: over 1048576 bytes/s (bursts of 2097152)" });
    expect(big.denied).toEqual(["awareness state over 8192 bytes", "awareness state over 8192 bytes"]);
  });

  it("sync requests: 10 a minute are answered, the next is refused with a reason", async () => {
    const room = uniqueRoom("lim");
    const [peer] = await synced(room, 1);
    const step1 = syncFrame(SYNC_STEP1, Y.encodeStateVector(new Y.Doc()));
    for (let i = 0; i < 10; i++) peer.sendBinary(step1); // the connect sent the first
    await until(() => peer.denied.length > 0, "refused");
    expect(peer.denied).toEqual(["too many sync requests: at most 10 a minute; this one was not answered"]);
    expect(peer.received.filter((f) => f[0] === MESSAGE_SYNC && f[1] === SYNC_STEP2)).toHaveLength(10);
    expect(peer.closeEvent).toBeNull();
  });
});

describe("document limits", () => {
  it("the code doc holds 2 MiB of content: a paste past it is refused and nothing stored; deleting makes room again", async () => {
    const room = uniqueRoom("lim");
    const [a, b, watcher] = await synced(room, 3);
    a.doc.getText("code:python").insert(0, "a".repeat(1_000_000));
    b.doc.getText("code:java").insert(0, "b".repeat(1_000_000));
    await until(() => watcher.text().length + watcher.text("code:java").length === 2_000_000, "two pastes in", 10_000);
    const over = await tryWrite(room, (d) => d.getText("code:go").insert(0, "c".repeat(100_000)));
    expect(over.denied).toEqual(["code is over its 2 MiB content limit; your change was not saved"]);
    expect(over.unchanged).toBe(true);
    expect(watcher.text("code:go")).toBe("");
    a.doc.getText("code:python").delete(0, 500_000);
    await until(() => watcher.text().length === 500_000, "deletion in");
    const fits = await tryWrite(room, (d) => d.getText("code:go").insert(0, "c".repeat(100_000)));
    expect(fits).toMatchObject({ denied: [], logged: 1 });
  });

  it("10,000 root entries: a write adding 10,001 map keys is refused whole", async () => {
    const room = uniqueRoom("lim");
    const over = await tryWrite(room, (d) => { for (let i = 0; i <= 10_000; i++) d.getMap("m").set(`k${i}`, i); });
    expect(over.denied).toEqual(["code is over its 10000 root entries; your change was not saved"]);
    expect(over.unchanged).toBe(true);
    const fits = await tryWrite(room, (d) => { for (let i = 0; i < 5_000; i++) d.getMap("m").set(`k${i}`, i); });
    expect(fits).toMatchObject({ denied: [], logged: 1 });
  });

  it("nesting depth 64: 70 nested maps are refused, 60 are not", async () => {
    const room = uniqueRoom("lim");
    const nest = (n: number) => (d: Y.Doc) => {
      let m = d.getMap<unknown>("tree");
      for (let i = 0; i < n; i++) m.set("c", (m = new Y.Map()));
    };
    const over = await tryWrite(room, nest(70));
    expect(over.denied).toEqual(["code is over its nesting depth of 64; your change was not saved"]);
    expect(over.unchanged).toBe(true);
    expect(await tryWrite(room, nest(60))).toMatchObject({ denied: [], logged: 1 });
  });
});
