import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SYNC_UPDATE } from "../../../contracts/wire";
import { syncFrame } from "../frames";
import { ROOM, socketOrigin } from "../origins";
import { EAGER_CHECKPOINT_TAIL } from "../room";
import { MAX_HELD_MS, MAX_HELD_WRITES, RoomDocs } from "../room-docs";
import { openStorage } from "../storage";
import { SNAPSHOT_CHUNK_BYTES, UpdateLog } from "../update-log";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { stubOf } from "./room-state";

/** Resets the object as an eviction or deploy does: memory gone, sockets dropped, storage kept. */
async function abortRoom(room: string): Promise<void> {
  await runInDurableObject(stubOf(room), (_i, state) => state.abort("test eviction")).catch(() => {});
}

function sql<T>(room: string, query: string): Promise<T[]> {
  return runInDurableObject(stubOf(room), (_i, state) => state.storage.sql.exec(query).toArray() as T[]);
}

describe("durability", () => {
  it("every update a peer saw survives an eviction", async () => {
    const room = uniqueRoom("dur");
    const writer = await TestClient.connect(room);
    const watcher = await TestClient.connect(room);
    const t = writer.doc.getText("code:python");
    for (let i = 0; i < 200; i++) t.insert(t.length, `${i};`);
    await until(() => watcher.text() === t.toString(), "watcher has all 200");
    await abortRoom(room);
    await until(() => writer.closeEvent !== null, "sockets dropped by the eviction");
    const after = await TestClient.connect(room);
    await until(() => after.synced, "synced after restart");
    expect(after.text()).toBe(t.toString());
  });

  it("an eviction mid-burst loses nothing once the writer reconnects", async () => {
    const room = uniqueRoom("dur");
    const writer = await TestClient.connect(room, { user: "u-writer" });
    await until(() => writer.synced, "synced");
    const t = writer.doc.getText("code:python");
    for (let i = 0; i < 300; i++) {
      t.insert(t.length, `${i};`);
      if (i === 150) void abortRoom(room);
    }
    await until(() => writer.closeEvent !== null, "dropped");
    const again = await TestClient.connect(room, { ydoc: writer.doc, user: "u-writer" }); // as y-websocket does on reconnect
    const observer = await TestClient.connect(room);
    await until(() => observer.text() === t.toString(), "all 300 edits in the room", 10_000);
    again.close();
  });

  it("every update the room sends is in its log at that moment: held writes, the room's own edits and flushes interleaved", async () => {
    await runInDurableObject(stubOf(uniqueRoom("dur")), (_i, state) => {
      const store = openStorage(state.storage, null);
      const logged = (u: Uint8Array) =>
        state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM updates WHERE data = ?", u.slice().buffer).one().n === 1;
      const sent: Uint8Array[] = [];
      let soon = 0;
      let now = 1_000_000;
      const docs = new RoomDocs(store, {
        fanout: (_name, update) => {
          expect(logged(update), `update #${sent.length} sent before it was logged`).toBe(true);
          sent.push(update);
        },
        flushSoon: () => soon++,
        unsaved: () => expect.unreachable("the log refused nothing"),
        now: () => now,
      });
      docs.load();
      const ws = new WebSocketPair()[0];
      const clients = [1, 2, 3].map(() => new Y.Doc());
      const write = (c: Y.Doc, i: number) => {
        const before = Y.encodeStateVector(c);
        c.getText("code:python").insert(0, `${i};`);
        docs.apply("code", Y.encodeStateAsUpdate(c, before), socketOrigin(ws, `u${i % 3}`));
      };
      write(clients[0], -1);
      expect(sent).toHaveLength(1); // a write alone is sent at once
      for (let i = 0; i < 10; i++) write(clients[i % 3], i);
      expect(sent).toHaveLength(1); // a burst is held: nobody has it yet
      expect(soon).toBe(1); // one flush asked for, for the whole batch
      now += MAX_HELD_MS;
      docs.flushIfDue();
      expect(sent).toHaveLength(11);
      let roomEdits = 0;
      for (let i = 10; i < 3 * MAX_HELD_WRITES; i++) {
        write(clients[i % 3], i);
        if (i % 70 === 0) {
          docs.doc("state").transact(() => docs.doc("state").getMap("meta").set("n", i), ROOM); // logged after the writes before it
          roomEdits++;
        }
      }
      docs.flush();
      expect(sent).toHaveLength(1 + 3 * MAX_HELD_WRITES + roomEdits);
      // Sent in the order they were logged.
      const hex = (u: Uint8Array | ArrayBuffer) => Buffer.from(u as ArrayBuffer).toString("hex");
      const logOrder = state.storage.sql.exec<{ data: ArrayBuffer }>("SELECT data FROM updates ORDER BY rowid").toArray().map((r) => hex(r.data));
      const places = sent.map((u) => logOrder.indexOf(hex(u)));
      expect(places).toEqual([...places].sort((a, b) => a - b));
    });
  });

  it("a write Yjs cannot apply, in the middle of a burst, drops none of the writes held before it", async () => {
    await runInDurableObject(stubOf(uniqueRoom("dur")), (_i, state) => {
      const store = openStorage(state.storage, null);
      const sent: Uint8Array[] = [];
      const docs = new RoomDocs(store, { fanout: (_n, u) => sent.push(u), flushSoon: () => {}, unsaved: () => expect.unreachable(), now: () => 1_000_000 });
      docs.load();
      const { 0: a, 1: b } = new WebSocketPair();
      const writer = new Y.Doc();
      const write = (f: (t: Y.Text) => void) => {
        const before = Y.encodeStateVector(writer);
        f(writer.getText("code:python"));
        docs.apply("code", Y.encodeStateAsUpdate(writer, before), socketOrigin(a, "u-a"));
      };
      write((t) => t.insert(0, "first;"));
      write((t) => t.insert(6, "held;")); // same instant: a burst, held
      write((t) => t.insert(11, "held too;"));
      // The truncated-edit attack: structs that integrate, then a delete set cut short.
      const attacker = new Y.Doc();
      Y.applyUpdate(attacker, Y.encodeStateAsUpdate(writer));
      const before = Y.encodeStateVector(attacker);
      attacker.transact(() => {
        attacker.getText("code:python").insert(0, "evil;");
        attacker.getText("code:python").delete(6, 3);
      });
      const full = Y.encodeStateAsUpdate(attacker, before);
      expect(() => docs.apply("code", full.slice(0, full.length - 1), socketOrigin(b, "u-b"))).toThrow(/could not be applied/);
      docs.flush();
      const text = writer.getText("code:python").toString();
      expect(docs.doc("code").getText("code:python").toString()).toBe(text); // nothing lost in memory, nothing of the attack
      const again = new RoomDocs(openStorage(state.storage, null), { fanout: () => {}, flushSoon: () => {}, unsaved: () => {} });
      again.load();
      expect(again.doc("code").getText("code:python").toString()).toBe(text); // memory and log agree
      const seen = new Y.Doc();
      for (const u of sent) Y.applyUpdate(seen, u);
      expect(seen.getText("code:python").toString()).toBe(text); // and so do the others
    });
  });

  it("a batch the log refuses is sent to nobody, and its writers are closed so their clients send it again", async () => {
    await runInDurableObject(stubOf(uniqueRoom("dur")), (_i, state) => {
      const store = openStorage(state.storage, null);
      const sent: Uint8Array[] = [];
      const unsaved: WebSocket[][] = [];
      const docs = new RoomDocs(store, { fanout: (_n, u) => sent.push(u), flushSoon: () => {}, unsaved: (w) => unsaved.push(w), now: () => 1_000_000 });
      docs.load();
      const { 0: a, 1: b } = new WebSocketPair();
      const writers = [new Y.Doc(), new Y.Doc()];
      const write = (i: number, text: string) => {
        const w = writers[i];
        const before = Y.encodeStateVector(w);
        w.getText("code:python").insert(0, text);
        docs.apply("code", Y.encodeStateAsUpdate(w, before), socketOrigin(i === 0 ? a : b, `u-${i}`));
      };
      write(0, "saved;"); // alone: logged and sent at once
      state.storage.sql.exec("CREATE TRIGGER full_disk BEFORE INSERT ON updates BEGIN SELECT RAISE(ABORT, 'disk full'); END");
      write(0, "lost a;");
      write(1, "lost b;");
      write(0, "lost a again;");
      expect(() => docs.flush()).toThrow(/disk full/);
      expect(sent).toHaveLength(1);
      expect(unsaved).toEqual([[a, b]]); // each writer once
      expect(docs.doc("code").getText("code:python").toString()).toBe("saved;"); // the room is as its log
      // Reconnected, a writer's sync sends what the room lacks, and now the log takes it.
      state.storage.sql.exec("DROP TRIGGER full_disk");
      for (const [i, w] of writers.entries()) docs.apply("code", Y.encodeStateAsUpdate(w, Y.encodeStateVector(docs.doc("code"))), socketOrigin(i === 0 ? a : b, `u-${i}`));
      docs.flush();
      const text = docs.doc("code").getText("code:python").toString();
      for (const part of ["saved;", "lost a;", "lost b;", "lost a again;"]) expect(text).toContain(part);
    });
  });

  it("a burst's last writes reach the others with no frame after them to carry them", async () => {
    const room = uniqueRoom("dur");
    const writer = await TestClient.connect(room);
    const watcher = await TestClient.connect(room);
    await until(() => writer.synced && watcher.synced, "synced");
    const t = writer.doc.getText("code:python");
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 20; i++) t.insert(t.length, `${round}.${i};`); // one burst, then silence
      await until(() => watcher.text() === t.toString(), `burst ${round} at the watcher`, 2000);
    }
  });

  it("under a burst from three writers, nothing reaches a watcher before it is in the log: an eviction mid-burst shows it", async () => {
    // Writes are held and logged in batches (room-docs.ts); a watcher must never hold an update
    // the log lacks. The eviction drops whatever was not logged, so after it the log must cover
    // everything each watcher received, however far the burst had got.
    const room = uniqueRoom("dur");
    const writers = await Promise.all(["u-a", "u-b", "u-c"].map((user) => TestClient.connect(room, { user })));
    const watchers = await Promise.all([1, 2].map(() => TestClient.connect(room)));
    await until(() => [...writers, ...watchers].every((c) => c.synced), "synced");
    for (let i = 0; i < 400; i++) {
      for (const [w, writer] of writers.entries()) {
        const t = writer.doc.getText("code:python");
        t.insert(t.length, `${"abc"[w]}${i};`);
      }
    }
    await until(() => watchers.every((w) => w.received.length > 150), "the burst under way at the watchers", 10_000);
    await abortRoom(room);
    await until(() => watchers.every((w) => w.closeEvent !== null), "sockets dropped by the eviction");
    const logged = new Y.Doc();
    const entries = await runInDurableObject(stubOf(room), (_i, state) => [...new UpdateLog(state.storage).entries("code")].map((e) => e.data));
    for (const u of entries) Y.applyUpdate(logged, u);
    const inLog = Y.decodeStateVector(Y.encodeStateVector(logged));
    for (const watcher of watchers) {
      for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(watcher.doc))) {
        expect(inLog.get(client) ?? 0, `client ${client}: the watcher saw up to ${clock}`).toBeGreaterThanOrEqual(clock);
      }
    }
    // And the writers, reconnecting as y-websocket does, bring back what was never logged.
    const again = await Promise.all(writers.map((w, i) => TestClient.connect(room, { ydoc: w.doc, user: ["u-a", "u-b", "u-c"][i] })));
    const observer = await TestClient.connect(room);
    await until(() => observer.text() === writers[0].text(), "every write of the burst in the room", 15_000);
    expect(observer.text().split(";").length - 1).toBe(1200);
    for (const c of again) c.close();
  });

  it("a document with over 5 MB of history loads from a chunked snapshot", async () => {
    // The private doc (the code doc is capped at 2 MiB), written by four interviewer tabs, each
    // within its socket's byte rate.
    const room = uniqueRoom("dur");
    const writers = await Promise.all([1, 2, 3, 4].map(() => TestClient.connect(room, { doc: "private", role: "interviewer" })));
    await until(() => writers.every((w) => w.synced), "synced");
    const block = "x".repeat(100 * 1024 - 1) + "\n";
    for (const [i, w] of writers.entries()) {
      const notes = w.doc.getText("notes");
      for (let b = 0; b < 14; b++) notes.insert(notes.length, `${i}${block.slice(1)}`);
    }
    const total = 4 * 14 * block.length;
    const observer = await TestClient.connect(room, { doc: "private", role: "interviewer" });
    await until(() => observer.text("notes").length === total, "observer has 5.6 MB", 20_000);
    expect(writers.every((w) => w.closeEvent === null)).toBe(true);

    expect(await runDurableObjectAlarm(stubOf(room))).toBe(true);
    const heads = await sql<{ doc: string; chunks: number; bytes: number }>(room, "SELECT doc, chunks, bytes FROM snapshot_heads WHERE doc = 'private'");
    expect(heads[0].bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(heads[0].chunks).toBe(Math.ceil(heads[0].bytes / SNAPSHOT_CHUNK_BYTES));
    expect(heads[0].chunks).toBeGreaterThan(5);
    const chunkOrder = await sql<{ chunk: number }>(room, "SELECT chunk FROM snapshots WHERE doc = 'private' ORDER BY chunk");
    expect(chunkOrder.map((r) => r.chunk)).toEqual([...Array(heads[0].chunks).keys()]);
    // The log is kept for replay, and replaying it alone rebuilds the document.
    const logged = await runInDurableObject(stubOf(room), (_i, state) => [...new UpdateLog(state.storage).entries("private")].map((e) => e.data));
    const replayed = new Y.Doc();
    Y.applyUpdate(replayed, Y.mergeUpdates(logged));
    expect(replayed.getText("notes").toString()).toBe(observer.text("notes"));

    await abortRoom(room);
    const fresh = await TestClient.connect(room, { doc: "private", role: "interviewer" });
    await until(() => fresh.synced, "synced after restart", 20_000);
    expect(fresh.text("notes")).toBe(observer.text("notes"));
  });

  it("checkpoints are idempotent and the tail after a snapshot is replayed", async () => {
    const room = uniqueRoom("dur");
    const writer = await TestClient.connect(room);
    writer.doc.getText("code:python").insert(0, "before;");
    const watcher = await TestClient.connect(room);
    await until(() => watcher.text() === "before;", "seen");
    await runDurableObjectAlarm(stubOf(room));
    await runDurableObjectAlarm(stubOf(room));
    writer.doc.getText("code:python").insert(7, "after;");
    await until(() => watcher.text() === "before;after;", "seen");
    await abortRoom(room);
    const fresh = await TestClient.connect(room);
    await until(() => fresh.synced, "synced");
    expect(fresh.text()).toBe("before;after;");
    const heads = await sql<{ seq: number }>(room, "SELECT seq FROM snapshot_heads WHERE doc = 'code'");
    expect(heads).toHaveLength(1);
  });

  it("every logged update records who made it and when", async () => {
    const room = uniqueRoom("dur");
    const writer = await TestClient.connect(room, { user: "u-writer" });
    writer.doc.getText("code:python").insert(0, "a");
    const watcher = await TestClient.connect(room);
    await until(() => watcher.text() === "a", "seen");
    const rows = await sql<{ seq: number; user_id: string; ts: number }>(room, "SELECT seq, user_id, ts FROM updates WHERE doc = 'code'");
    expect(rows).toEqual([{ seq: 1, user_id: "u-writer", ts: expect.any(Number) }]);
  });

  it("an update that arrives before its dependency is logged once it can be applied", async () => {
    const room = uniqueRoom("dur");
    const source = new Y.Doc();
    const updates: Uint8Array[] = [];
    source.on("update", (u: Uint8Array) => updates.push(u));
    source.getText("code:python").insert(0, "first;");
    source.getText("code:python").insert(6, "second;");
    const sender = await TestClient.connect(room);
    sender.sendBinary(syncFrame(SYNC_UPDATE, updates[1]));
    sender.sendBinary(syncFrame(SYNC_UPDATE, updates[0]));
    const watcher = await TestClient.connect(room);
    await until(() => watcher.text() === "first;second;", "both applied");
    await abortRoom(room);
    const fresh = await TestClient.connect(room);
    await until(() => fresh.synced, "synced");
    expect(fresh.text()).toBe("first;second;");
  });

  it("an update larger than a SQLite row is stored in parts and read back whole", async () => {
    const room = uniqueRoom("dur");
    await TestClient.connect(room); // creates the object and its tables
    const big = crypto.getRandomValues(new Uint8Array(60_000)); // getRandomValues caps at 64 KiB a call
    const data = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => big[i % big.length] ^ (i >> 16));
    const back = await runInDurableObject(stubOf(room), (_i, state) => {
      const log = new UpdateLog(state.storage);
      const seq = log.append("private", "u-big", data);
      const parts = state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM updates WHERE doc = 'private' AND seq = ?", seq).one().n;
      return { parts, entries: [...log.entries("private")] };
    });
    expect(back.parts).toBe(4);
    expect(back.entries).toHaveLength(1);
    expect(back.entries[0].userId).toBe("u-big");
    expect(back.entries[0].data).toEqual(data);
  });

  it("a long burst checkpoints at once instead of waiting for the delay, so the next load stays short", async () => {
    const room = uniqueRoom("dur");
    const writer = await TestClient.connect(room);
    const watcher = await TestClient.connect(room);
    await until(() => writer.synced, "synced");
    const t = writer.doc.getText("code:python");
    // Frames can arrive out of order and be merged into one logged update, so write until the log is long enough.
    const logged = async () => (await sql<{ n: number }>(room, "SELECT COUNT(DISTINCT seq) AS n FROM updates WHERE doc = 'code'"))[0].n;
    while ((await logged()) < EAGER_CHECKPOINT_TAIL) {
      for (let i = 0; i < 200; i++) t.insert(t.length, "x");
      await until(() => watcher.text().length === t.length, "watcher has the burst", 15_000);
    }
    const alarmAt = await runInDurableObject(stubOf(room), (_i, state) => state.storage.getAlarm());
    // Due now (or already run), not CHECKPOINT_DELAY_MS after the first update.
    expect(alarmAt === null || alarmAt < Date.now() + 1000, `alarm at ${alarmAt}`).toBe(true);
    await runDurableObjectAlarm(stubOf(room));
    const heads = await sql<{ seq: number }>(room, "SELECT seq FROM snapshot_heads WHERE doc = 'code'");
    expect(heads[0]?.seq).toBeGreaterThanOrEqual(EAGER_CHECKPOINT_TAIL);
  });
});
