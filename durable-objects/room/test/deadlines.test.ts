/**
 * The Room's deadlines: persisted by kind, the one alarm at the earliest, each kind's handler run
 * when due. One test per kind against a real room object, and the store's own rules.
 */
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CLOSE } from "../../../contracts/wire";
import { CHECKPOINT_DELAY_MS, Deadlines, type DeadlineHandlers } from "../deadlines";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { stubOf } from "./room-state";

/** The deadlines table, the alarm, and the code doc's snapshot head, as the room's storage holds them. */
function stored(room: string) {
  return runInDurableObject(stubOf(room), async (_i, state) => ({
    deadlines: Object.fromEntries(state.storage.sql.exec<{ kind: string; at: number }>("SELECT kind, at FROM deadlines").toArray().map((r) => [r.kind, r.at])),
    alarm: await state.storage.getAlarm(),
    snapshotSeq: state.storage.sql.exec<{ seq: number }>("SELECT seq FROM snapshot_heads WHERE doc = 'code'").toArray()[0]?.seq ?? null,
  }));
}

async function writer(room: string) {
  const w = await TestClient.connect(room, { direct: true, role: "interviewer" });
  await until(() => w.synced, "synced");
  return w;
}

describe("deadlines", () => {
  it("checkpoint: the first update sets it a delay ahead and the alarm there; when it fires the snapshot is written and the deadline cleared", async () => {
    const room = uniqueRoom("dl");
    const before = Date.now(); // the room's first load writes the state doc (its observers count) too
    const w = await writer(room);
    w.doc.getText("code:python").insert(0, "x = 1\n");
    const watcher = await writer(room);
    await until(() => watcher.text() === "x = 1\n", "logged");
    const set = await stored(room);
    expect(set.deadlines.checkpoint).toBeGreaterThanOrEqual(before + CHECKPOINT_DELAY_MS);
    expect(set.deadlines.checkpoint).toBeLessThanOrEqual(Date.now() + CHECKPOINT_DELAY_MS);
    expect(set.alarm).toBe(set.deadlines.checkpoint);
    expect(set.snapshotSeq).toBeNull();

    expect(await runDurableObjectAlarm(stubOf(room))).toBe(true);
    expect(await stored(room)).toEqual({ deadlines: {}, alarm: null, snapshotSeq: expect.any(Number) });

    // The next update sets it again.
    w.doc.getText("code:python").insert(6, "y = 2\n");
    await until(() => watcher.text() === "x = 1\ny = 2\n", "logged");
    expect((await stored(room)).deadlines.checkpoint).toBeGreaterThan(Date.now());
  });

  it("expiry: set from the room's settings, moved by extend; an alarm before it leaves the room be; once due, the room ends and its record is kept until its retention runs out", async () => {
    const room = uniqueRoom("dl");
    const stub = stubOf(room);
    const expiresAt = Date.now() + 3_600_000;
    await stub.configure({ roomId: room, title: "Deadlines", expiresAt });
    expect((await stored(room)).deadlines.expiry).toBe(expiresAt);
    await stub.extend(expiresAt + 60_000);
    expect((await stored(room)).deadlines.expiry).toBe(expiresAt + 60_000);

    // Fired early (configure wrote the docs, so a checkpoint is pending): only the checkpoint runs.
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    const after = await stored(room);
    expect(after).toEqual({ deadlines: { expiry: expiresAt + 60_000 }, alarm: expiresAt + 60_000, snapshotSeq: expect.any(Number) });
    const guest = await writer(room);

    const expiredAt = Date.now() - 1;
    await stub.extend(expiredAt);
    await runDurableObjectAlarm(stub); // a past alarm may already have run: either way it ran
    await until(() => guest.closeEvent !== null, "closed");
    expect(guest.closeEvent!.code).toBe(CLOSE.ROOM_CLOSED);
    // Closed, not deleted: the record waits for its retention (the deployment's 30 days here).
    const kept = await stored(room);
    expect(kept.deadlines.purge).toBeGreaterThanOrEqual(expiredAt + 30 * 24 * 3600_000);
    expect(kept.alarm).toBe(kept.deadlines.purge);
    expect((await stub.recordPage({ after: 0, limit: 100, reader: "interviewer" }))!.events.map((e) => e.kind)).toContain("expire");
    const refused = await TestClient.connect(room, { direct: true, role: "interviewer" }).then(() => null, (e: unknown) => String(e));
    expect(refused).toMatch(/expired|403/);

    // Retention over: every byte of the room goes, deadlines included.
    await runInDurableObject(stub, (_i, state) => void state.storage.sql.exec("UPDATE deadlines SET at = ? WHERE kind = 'purge'", Date.now() - 1));
    await runInDurableObject(stub, (_i, state) => state.abort("reload")).catch(() => {});
    const woken = stubOf(room); // a stub does not outlive its object's abort
    await runInDurableObject(woken, (_i, state) => state.storage.setAlarm(Date.now()));
    await runDurableObjectAlarm(woken);
    // An alarm set for now may fire by itself, before runDurableObjectAlarm asks (then that finds
    // none to run): on a busy machine the purge is still running here, so its end is waited for.
    const deadlinesTable = () => runInDurableObject(woken, (_i, state) => state.storage.sql.exec("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'deadlines'").toArray());
    for (const t0 = Date.now(); (await deadlinesTable()).length > 0 && Date.now() - t0 < 10_000; ) await new Promise((r) => setTimeout(r, 50));
    expect(await deadlinesTable()).toEqual([]);
    expect(await woken.recordPage({ after: 0, limit: 100, reader: "interviewer" })).toBeNull();
  });

  it("survive a restart: the alarm stays at the earliest, and a due kind's handler runs after the reload", async () => {
    const room = uniqueRoom("dl");
    const w = await writer(room);
    w.doc.getText("code:python").insert(0, "kept\n");
    const watcher = await writer(room);
    await until(() => watcher.text() === "kept\n", "logged");
    const { deadlines } = await stored(room);
    await runInDurableObject(stubOf(room), (_i, state) => state.abort("reload")).catch(() => {});
    const reloaded = await stored(room);
    expect(reloaded.deadlines).toEqual(deadlines);
    expect(reloaded.alarm).toBe(deadlines.checkpoint);
    expect(await runDurableObjectAlarm(stubOf(room))).toBe(true);
    expect((await stored(room)).snapshotSeq).toEqual(expect.any(Number));
  });

  it("the store: the per-update bring-forward writes nothing when already due sooner; kinds run in order; unknown kinds are kept", async () => {
    const seen = await runInDurableObject(stubOf(uniqueRoom("dl")), async (_i, state) => {
      let writes = 0;
      const sql = { exec: (query: string, ...args: unknown[]) => (/^(INSERT|DELETE)/.test(query) && writes++, state.storage.sql.exec(query, ...args)) };
      const storage = new Proxy(state.storage, { get: (target, key) => (key === "sql" ? sql : Reflect.get(target, key).bind(target)) });
      state.storage.sql.exec("DELETE FROM deadlines"); // the room's own, from its load
      state.storage.sql.exec("INSERT INTO deadlines (kind, at) VALUES ('retention', 1)"); // a kind from newer code
      const far = Date.now() + 3_600_000;
      const d = new Deadlines(storage, null);
      d.noLaterThan("checkpoint", far + 10);
      d.noLaterThan("checkpoint", far + 20); // later: no write
      d.noLaterThan("checkpoint", far + 10); // same: no write
      const afterBringForward = writes;
      d.set("expiry", far);
      const alarm = await state.storage.getAlarm();
      const ran: string[] = [];
      const handlers: DeadlineHandlers = { expiry: () => void ran.push("expiry"), purge: () => void ran.push("purge"), timerEnd: () => void ran.push("timerEnd"), checkpoint: () => void ran.push("checkpoint"), liveness: () => void ran.push("liveness"), runnerKeepWarm: () => void ran.push("runnerKeepWarm") };
      await d.fire(handlers, far + 5); // expiry due; checkpoint not yet, but it may run early
      const left = state.storage.sql.exec<{ kind: string }>("SELECT kind FROM deadlines ORDER BY kind").toArray().map((r) => r.kind);
      await state.storage.deleteAlarm();
      return { afterBringForward, alarm, ran, left, far };
    });
    expect(seen).toEqual({ afterBringForward: 1, alarm: seen.far, ran: ["expiry", "checkpoint"], left: ["retention"], far: seen.far });
  });
});
