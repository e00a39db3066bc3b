/**
 * Honest presence (issue 15): a participant whose pings stop, or whose connection is lost (an
 * unclean close), is shown to the others as reconnecting (within 10 s of their last ping) and
 * removed 30 s later; a clean close removes them at once; coming back on a new socket shows them
 * as before. Real Room, real alarms, real time.
 */
import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { PRESENCE_FIELD, PRESENCE_RECONNECTING } from "../../contracts/cursor";
import { CLOSE, PING, PING_INTERVAL_MS, RECONNECT_GRACE_MS } from "../../contracts/wire";
import { awarenessReceived, TestClient, uniqueRoom, until } from "../../test/workerd/room-client";

const presenceOf = (watcher: TestClient, client: TestClient) => (watcher.awareness.get(client.doc.clientID)?.state as Record<string, unknown> | undefined)?.[PRESENCE_FIELD];

/** A client as Duet's web app is: it pings every PING_INTERVAL_MS, until stop(). */
function pinging(client: TestClient): { stop(): void } {
  client.ws.send(PING);
  const timer = setInterval(() => client.ws.send(PING), PING_INTERVAL_MS);
  return { stop: () => clearInterval(timer) };
}

// Each test has its own room and mostly waits out real time (the 30 s grace): run side by side.
describe.concurrent("presence", () => {
  it("a socket whose pings stop is shown as reconnecting within 10 s of its last ping, then removed 30 s later; pinging sockets are left be", { timeout: 70_000 }, async () => {
    const room = uniqueRoom("pres");
    const silent = await TestClient.connect(room, { user: "u-sil", name: "Sil" });
    const watcher = await TestClient.connect(room, { user: "u-wat", name: "Wat" });
    const stay = pinging(watcher);
    const pings = pinging(silent);
    silent.setAwareness({ at: 1 }); // a frame after a ping: the room starts checking
    watcher.setAwareness({ at: 2 });
    await until(() => watcher.awareness.has(silent.doc.clientID) && silent.awareness.has(watcher.doc.clientID), "both see each other");
    expect(presenceOf(watcher, silent)).toBeUndefined();

    pings.stop(); // the connection goes quiet but stays open
    const lastPing = Date.now();
    await until(() => presenceOf(watcher, silent) === PRESENCE_RECONNECTING, "shown as reconnecting", 12_000);
    expect(Date.now() - lastPing).toBeLessThanOrEqual(10_500);
    expect((watcher.awareness.get(silent.doc.clientID)!.state as { at: number; user: { name: string } })).toMatchObject({ at: 1, user: { name: "Sil" } });

    await until(() => !watcher.awareness.has(silent.doc.clientID), "removed after the grace period", RECONNECT_GRACE_MS + 10_000);
    const markedFor = Date.now() - lastPing;
    expect(markedFor).toBeGreaterThanOrEqual(RECONNECT_GRACE_MS);
    await until(() => silent.closeEvent !== null, "the silent socket is closed");
    expect(silent.closeEvent!.code).toBe(CLOSE.SILENT);
    // The one that kept pinging was never marked.
    expect(presenceOf(silent, watcher)).toBeUndefined();
    stay.stop();
  });

  it("a clean close removes the participant at once", async () => {
    const room = uniqueRoom("pres");
    const leaving = await TestClient.connect(room, { user: "u-lea" });
    const watcher = await TestClient.connect(room, { user: "u-wat" });
    const pings = pinging(leaving);
    leaving.setAwareness({ at: 1 });
    await until(() => watcher.awareness.has(leaving.doc.clientID), "watcher sees them");
    const closedAt = Date.now();
    leaving.close();
    await until(() => !watcher.awareness.has(leaving.doc.clientID), "removed", 1_000);
    expect(Date.now() - closedAt).toBeLessThan(1_000);
    pings.stop();
  });

  it("coming back on a new socket shows them as before, and their own old caret is not handed back to them", { timeout: 30_000 }, async () => {
    const room = uniqueRoom("pres");
    const first = await TestClient.connect(room, { user: "u-back", name: "Back" });
    const watcher = await TestClient.connect(room, { user: "u-wat" });
    const pings = pinging(first);
    first.setAwareness({ at: 1 }, first.doc.clientID, 5);
    await until(() => watcher.awareness.has(first.doc.clientID), "watcher sees them");
    pings.stop();
    await until(() => presenceOf(watcher, first) === PRESENCE_RECONNECTING, "shown as reconnecting", 12_000);
    const marked = watcher.awareness.get(first.doc.clientID)!.clock;
    expect(marked).toBe(6);

    // Back on a new socket with the same Yjs client and its old clock (as a y-websocket provider does).
    const second = await TestClient.connect(room, { user: "u-back", name: "Back", ydoc: first.doc });
    const back = pinging(second);
    await until(() => second.synced, "synced");
    expect(second.awareness.has(first.doc.clientID)).toBe(false); // its own silent caret is not handed back
    const removals = second.received.length;
    second.setAwareness({ at: 1, [PRESENCE_FIELD]: "spoofed" }, first.doc.clientID, 5);
    // The room tells it that peers hold a newer clock (a removal of its own state at that clock) ...
    await until(() => awarenessReceived(second, removals).some((e) => e.clientId === first.doc.clientID && e.clock === marked && e.state === null), "told it is behind");
    // ... and a y-protocols client answers by re-announcing itself one clock later, which peers take.
    second.setAwareness({ at: 1 }, first.doc.clientID, marked + 1);
    await until(() => watcher.awareness.get(first.doc.clientID)?.clock === marked + 1, "peers take the state again");
    expect(presenceOf(watcher, first)).toBeUndefined();
    expect(second.denied).toEqual([]);
    back.stop();
  });

  it("a lost connection (no close frame) is shown as reconnecting at once, to late arrivals too, and removed 30 s later unless they come back", { timeout: 60_000 }, async () => {
    const room = uniqueRoom("pres");
    const returning = await TestClient.connect(room, { user: "u-ret", name: "Ret" });
    const lost = await TestClient.connect(room, { user: "u-lost", name: "Lost" });
    const watcher = await TestClient.connect(room, { user: "u-wat" });
    returning.setAwareness({ at: 1 }, returning.doc.clientID, 3);
    lost.setAwareness({ at: 2 }, lost.doc.clientID, 3);
    await until(() => watcher.awareness.has(returning.doc.clientID) && watcher.awareness.has(lost.doc.clientID), "watcher sees both");
    // Both connections are lost: the runtime reports 1006 to the Room.
    await runInDurableObject(env.ROOM.get(env.ROOM.idFromName(room)), async (instance, state) => {
      for (const user of ["u-ret", "u-lost"]) for (const ws of state.getWebSockets(`user:${user}`)) await instance.webSocketClose(ws, 1006);
    });
    const lostAt = Date.now();
    await until(() => presenceOf(watcher, returning) === PRESENCE_RECONNECTING && presenceOf(watcher, lost) === PRESENCE_RECONNECTING, "both shown as reconnecting", 1_000);
    const late = await TestClient.connect(room, { user: "u-late" });
    await until(() => presenceOf(late, lost) === PRESENCE_RECONNECTING, "a late arrival sees them reconnecting too");

    // One comes back with the same Yjs client and its old clock: told it is behind, it re-announces, and is shown as before.
    const back = await TestClient.connect(room, { user: "u-ret", name: "Ret", ydoc: returning.doc });
    await until(() => back.synced, "synced");
    expect(back.awareness.has(returning.doc.clientID)).toBe(false);
    const from = back.received.length;
    back.setAwareness({ at: 1 }, returning.doc.clientID, 3);
    await until(() => awarenessReceived(back, from).some((e) => e.clientId === returning.doc.clientID && e.clock === 4 && e.state === null), "told it is behind");
    back.setAwareness({ at: 1 }, returning.doc.clientID, 5);
    await until(() => watcher.awareness.get(returning.doc.clientID)?.clock === 5 && presenceOf(watcher, returning) === undefined, "shown as before");

    // The other never does: removed once the grace period is over.
    await until(() => !watcher.awareness.has(lost.doc.clientID), "removed after the grace period", RECONNECT_GRACE_MS + 10_000);
    expect(Date.now() - lostAt).toBeGreaterThanOrEqual(RECONNECT_GRACE_MS);
    expect(watcher.awareness.has(returning.doc.clientID)).toBe(true);
  });
});
