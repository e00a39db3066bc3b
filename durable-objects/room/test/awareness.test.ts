import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { MESSAGE_QUERY_AWARENESS } from "../../../contracts/wire";
import { Room } from "../room";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";

// `at` stands for any field the room does not check (carets are checked: awareness-fields.unit.test.ts)
type Peer = { user: { name: string; role: string; userId: string }; at?: number };

describe("awareness", () => {
  it("names and roles come from identity, not from the client's claims", async () => {
    const room = uniqueRoom("aw");
    const a = await TestClient.connect(room, { user: "u-alice", name: "Alice", role: "interviewer" });
    const b = await TestClient.connect(room, { user: "u-bob", name: "Bob" });
    a.setAwareness({ user: { name: "The CEO", role: "admin" }, at: 3 });
    await until(() => b.awareness.has(a.doc.clientID), "b sees a");
    const seen = b.awareness.get(a.doc.clientID)!.state as Peer;
    expect(seen.user).toMatchObject({ name: "Alice", role: "interviewer", userId: "u-alice" });
    expect(seen.at).toBe(3);
  });

  it("a malformed caret from one participant reaches the others without the bad field, and nothing throws rendering it", async () => {
    const room = uniqueRoom("aw");
    const mallory = await TestClient.connect(room, { user: "u-mallory", name: "Mallory" });
    const ann = await TestClient.connect(room, { user: "u-ann", name: "Ann" });
    ann.doc.getText("code:python").insert(0, "print(1)\n");
    await until(() => mallory.text() === "print(1)\n", "mallory synced");
    const text = mallory.doc.getText("code:python");
    const good = { anchor: Y.createRelativePositionFromTypeIndex(text, 2), head: Y.createRelativePositionFromTypeIndex(text, 5) };
    // y-monaco hands `selection.anchor` straight to Yjs: an item without a clock throws there.
    mallory.setAwareness({ selection: { anchor: { item: { client: 1 } }, head: 0 }, cursor: JSON.parse(JSON.stringify(good)), typing: true });
    await until(() => ann.awareness.has(mallory.doc.clientID), "ann sees mallory");
    const seen = ann.awareness.get(mallory.doc.clientID)!.state as Record<string, unknown>;
    expect(seen).not.toHaveProperty("selection");
    expect(seen).toMatchObject({ typing: true, user: { name: "Mallory" } });
    const cursor = seen.cursor as { anchor: Y.RelativePosition; head: Y.RelativePosition };
    expect(Y.createAbsolutePositionFromRelativePosition(cursor.head, ann.doc)?.index).toBe(5);
  });

  it("a socket cannot set or remove another participant's client id; stale relays are ignored", async () => {
    const room = uniqueRoom("aw");
    const a = await TestClient.connect(room, { user: "u-alice", name: "Alice" });
    const mallory = await TestClient.connect(room, { user: "u-mallory", name: "Mallory" });
    mallory.setAwareness({ at: 0 });
    a.setAwareness({ at: 1 });
    await until(() => mallory.awareness.has(a.doc.clientID), "mallory sees alice");
    mallory.setAwareness({ at: 1 }, a.doc.clientID, 1); // what stock providers relay: no complaint
    await new Promise((r) => setTimeout(r, 50));
    expect(mallory.denied).toEqual([]);
    mallory.setAwareness({ at: 99 }, a.doc.clientID, 50);
    mallory.setAwareness(null, a.doc.clientID, 51);
    await until(() => mallory.denied.length >= 2, "both refused");
    expect(mallory.denied[0]).toMatch(/belongs to another participant/);
    const observer = await TestClient.connect(room);
    await until(() => observer.awareness.has(a.doc.clientID), "observer gets alice's real state");
    expect((observer.awareness.get(a.doc.clientID)!.state as Peer).at).toBe(1);
    expect((observer.awareness.get(a.doc.clientID)!.state as Peer).user.name).toBe("Alice");
  });

  it("a client id stays its owner's after they leave: nobody else can show a cursor under it, the owner can come back to it", async () => {
    const room = uniqueRoom("aw");
    const cam = await TestClient.connect(room, { user: "u-cam", name: "Cam" });
    cam.setAwareness({ at: 1 });
    const mallory = await TestClient.connect(room, { user: "u-mallory", name: "Mallory" });
    await until(() => mallory.awareness.has(cam.doc.clientID), "mallory learns cam's client id");
    cam.close();
    await until(() => !mallory.awareness.has(cam.doc.clientID), "cam left");
    mallory.setAwareness({ at: 666 }, cam.doc.clientID, 100);
    const observer = await TestClient.connect(room);
    observer.queryAwareness();
    await new Promise((r) => setTimeout(r, 50));
    expect(observer.awareness.has(cam.doc.clientID)).toBe(false);
    const back = await TestClient.connect(room, { user: "u-cam", name: "Cam", ydoc: cam.doc });
    back.setAwareness({ at: 2 }, cam.doc.clientID, 200);
    await until(() => (observer.awareness.get(cam.doc.clientID)?.state as Peer | undefined)?.at === 2, "cam's cursor again");
    expect((observer.awareness.get(cam.doc.clientID)!.state as Peer).user.name).toBe("Cam");
  });

  it("a socket owns one client id; it cannot pose as a second peer", async () => {
    const room = uniqueRoom("aw");
    const a = await TestClient.connect(room, { user: "u-a" });
    const observer = await TestClient.connect(room);
    a.setAwareness({ at: 1 });
    await until(() => observer.awareness.size === 1, "observer sees a");
    a.setAwareness({ at: 2 }, 424242, 1);
    await new Promise((r) => setTimeout(r, 50));
    expect([...observer.awareness.keys()]).toEqual([a.doc.clientID]);
  });

  it("closing a socket removes only its own clients (no ghosts, nobody else wiped)", async () => {
    const room = uniqueRoom("aw");
    const a = await TestClient.connect(room, { user: "ua" });
    const b = await TestClient.connect(room, { user: "ub" });
    const c = await TestClient.connect(room, { user: "uc" });
    a.setAwareness({ at: 1 });
    b.setAwareness({ at: 2 });
    await until(() => c.awareness.size === 2, "c sees both");
    a.close();
    await until(() => !c.awareness.has(a.doc.clientID), "a removed");
    expect(c.awareness.has(b.doc.clientID)).toBe(true);
    const late = await TestClient.connect(room);
    await until(() => late.awareness.size === 1, "late joiner sees exactly b");
    expect([...late.awareness.keys()]).toEqual([b.doc.clientID]);
  });

  it("the same user reconnecting takes its client id over from the old socket", async () => {
    const room = uniqueRoom("aw");
    const first = await TestClient.connect(room, { user: "u-same" });
    first.setAwareness({ at: 1 });
    const second = await TestClient.connect(room, { user: "u-same", ydoc: first.doc });
    second.setAwareness({ at: 2 }, first.doc.clientID);
    const observer = await TestClient.connect(room);
    await until(() => (observer.awareness.get(first.doc.clientID)?.state as Peer | undefined)?.at === 2, "new socket owns it");
    first.close(); // the stale socket closing must not remove the client the new socket now owns
    await new Promise((r) => setTimeout(r, 100));
    expect(observer.awareness.has(first.doc.clientID)).toBe(true);
    expect(second.denied).toEqual([]);
  });

  it("after a hibernation wake, awareness is rebuilt from socket attachments", async () => {
    const room = uniqueRoom("aw");
    const a = await TestClient.connect(room, { user: "ua", name: "Ann" });
    const b = await TestClient.connect(room, { user: "ub", name: "Ben" });
    a.setAwareness({ at: 5 });
    b.setAwareness({ at: 7 });
    await until(() => a.awareness.size === 2 && b.awareness.size === 2, "both see both");
    a.awareness.clear();
    // A wake is a new instance over the same storage and the same hibernated sockets: build one,
    // as the runtime does, and have it answer a's awareness query and then a's close.
    const stub = env.ROOM.get(env.ROOM.idFromName(room));
    await runInDurableObject(stub, async (_old, state) => {
      const woken = new Room(state, env);
      await state.blockConcurrencyWhile(async () => {}); // the wake's load has finished
      const sockets = state.getWebSockets();
      expect(sockets).toHaveLength(2);
      const aSocket = sockets.find((ws) => (ws.deserializeAttachment() as { identity: { userId: string } }).identity.userId === "ua")!;
      await woken.webSocketMessage(aSocket, new Uint8Array([MESSAGE_QUERY_AWARENESS]).buffer);
      await woken.webSocketClose(aSocket, 1000);
    });
    await until(() => a.awareness.size === 2, "a re-learns both states from the woken room");
    expect((a.awareness.get(b.doc.clientID)!.state as Peer).user.name).toBe("Ben");
    await until(() => !b.awareness.has(a.doc.clientID), "a's departure reaches b (no ghost)");
    expect(b.awareness.has(b.doc.clientID)).toBe(true);
  });
});
