import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { pathTo, ROUTES } from "../../../contracts/routes";
import { CLOSE, MESSAGE_SYNC, SYNC_UPDATE } from "../../../contracts/wire";
import { syncFrame } from "../frames";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";

/** A room with one healthy peer, so each case can show the room keeps serving others. */
async function roomWithPeer() {
  const room = uniqueRoom("bad");
  const peer = await TestClient.connect(room);
  peer.doc.getText("code:python").insert(0, "safe");
  await until(() => peer.synced, "peer synced");
  return { room, peer };
}

async function stillServes(room: string, peer: TestClient) {
  peer.doc.getText("code:python").insert(4, "!");
  const other = await TestClient.connect(room);
  await until(() => other.text() === "safe!", "room still serving");
  expect(peer.closeEvent).toBeNull();
  other.close();
}

describe("bad input closes only the offending socket", () => {
  it("oversize frame → 1009", async () => {
    const { room, peer } = await roomWithPeer();
    const bad = await TestClient.connect(room);
    bad.sendBinary(syncFrame(SYNC_UPDATE, new Uint8Array(1024 * 1024 + 10)));
    await until(() => bad.closeEvent !== null, "close");
    expect(bad.closeEvent!.code).toBe(CLOSE.MESSAGE_TOO_BIG);
    expect(bad.closeEvent!.reason).toMatch(/over the 1048576-byte limit/);
    await stillServes(room, peer);
  });

  it("garbage bytes → 1002 protocol error", async () => {
    const { room, peer } = await roomWithPeer();
    const bad = await TestClient.connect(room);
    bad.sendBinary(new Uint8Array([0, 2, 200, 1, 2, 3]));
    await until(() => bad.closeEvent !== null, "close");
    expect(bad.closeEvent).toMatchObject({ code: CLOSE.PROTOCOL_ERROR });
    await stillServes(room, peer);
  });

  it("a well-framed but malformed Yjs update → 1002, document untouched", async () => {
    const { room, peer } = await roomWithPeer();
    const bad = await TestClient.connect(room);
    bad.sendBinary(syncFrame(SYNC_UPDATE, new Uint8Array([5, 9, 9, 9, 9, 250, 250])));
    await until(() => bad.closeEvent !== null, "close");
    expect(bad.closeEvent).toMatchObject({ code: CLOSE.PROTOCOL_ERROR });
    expect(bad.closeEvent!.reason).toMatch(/malformed update/);
    await stillServes(room, peer);
  });

  it("unknown message type → 1002 naming the type", async () => {
    const { room, peer } = await roomWithPeer();
    const bad = await TestClient.connect(room);
    bad.sendBinary(new Uint8Array([42]));
    await until(() => bad.closeEvent !== null, "close");
    expect(bad.closeEvent).toEqual({ code: CLOSE.PROTOCOL_ERROR, reason: "unknown message type 42" });
    await stillServes(room, peer);
  });

  it("unknown sync step and trailing bytes → 1002", async () => {
    const { room, peer } = await roomWithPeer();
    for (const frame of [new Uint8Array([MESSAGE_SYNC, 7, 0]), new Uint8Array([3, 0])]) {
      const bad = await TestClient.connect(room);
      bad.sendBinary(frame);
      await until(() => bad.closeEvent !== null, "close");
      expect(bad.closeEvent!.code).toBe(CLOSE.PROTOCOL_ERROR);
    }
    await stillServes(room, peer);
  });

  it("a text frame other than ping → 1003", async () => {
    const { room, peer } = await roomWithPeer();
    const bad = await TestClient.connect(room);
    bad.ws.send("hello");
    await until(() => bad.closeEvent !== null, "close");
    expect(bad.closeEvent!.code).toBe(CLOSE.UNSUPPORTED_DATA);
    await stillServes(room, peer);
  });

  it("ping is answered pong", async () => {
    const { peer } = await roomWithPeer();
    const pong = new Promise((resolve) => peer.ws.addEventListener("message", (e) => typeof e.data === "string" && resolve(e.data)));
    peer.ws.send("ping");
    expect(await pong).toBe("pong");
  });

  it("unknown doc, bad room id, missing upgrade and unknown routes get JSON errors", async () => {
    const unknownDoc = await TestClient.upgrade(uniqueRoom(), { doc: "notes" as "code" });
    expect(unknownDoc.status).toBe(404);
    expect(await unknownDoc.json()).toMatchObject({ error: { code: "not_found" } });
    const badRoom = await SELF.fetch(`http://duet.test${pathTo(ROUTES.roomSocket, { roomId: "bad room!", doc: "code" })}`, { headers: { Upgrade: "websocket" } });
    expect(badRoom.status).toBe(400);
    const noUpgrade = await SELF.fetch(`http://duet.test${pathTo(ROUTES.roomSocket, { roomId: uniqueRoom(), doc: "code" })}`);
    expect(noUpgrade.status).toBe(426);
    expect(await noUpgrade.json()).toMatchObject({ error: { code: "upgrade_required" } });
    const badRole = await SELF.fetch(`http://duet.test${pathTo(ROUTES.roomSocket, { roomId: uniqueRoom(), doc: "code" })}?role=admin`, { headers: { Upgrade: "websocket" } });
    expect(badRole.status).toBe(401); // no token: there is no tokenless way in, whatever the query says
  });
});
