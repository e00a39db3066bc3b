/**
 * From the attacker's side: a write that is cut short or malformed changes nothing — no doc, no
 * log entry, nothing sent to anyone — and closes only that socket, 1002.
 */
import { describe, expect, it } from "vitest";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";
import { CLOSE, SYNC_UPDATE } from "../../../contracts/wire";
import { syncFrame } from "../frames";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { roomState } from "./room-state";

/** A room where a peer wrote something and a watcher follows along. */
async function roomWithWatcher() {
  const room = uniqueRoom("whole");
  const peer = await TestClient.connect(room);
  peer.doc.getText("code:python").insert(0, "safe\n");
  const watcher = await TestClient.connect(room);
  await until(() => watcher.text() === "safe\n", "watcher synced");
  return { room, peer, watcher };
}

/** An edit with new text in two buffers and a deletion: structs first, the delete set last. */
function bigEdit(base: Y.Doc): Uint8Array {
  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(base));
  const before = Y.encodeStateVector(attacker);
  attacker.transact(() => {
    attacker.getText("code:python").insert(0, "INJECTED ");
    attacker.getText("code:java").insert(0, "class X {}");
    attacker.getText("code:python").delete(9, 4);
  });
  return Y.encodeStateAsUpdate(attacker, before);
}

async function expectRefused(room: string, watcher: TestClient, frame: Uint8Array, reason: RegExp) {
  const before = await roomState(room);
  const heard = watcher.received.length;
  const bad = await TestClient.connect(room);
  await until(() => bad.synced, "attacker synced");
  bad.sendBinary(frame);
  await until(() => bad.closeEvent !== null, "attacker closed");
  expect(bad.closeEvent).toMatchObject({ code: CLOSE.PROTOCOL_ERROR });
  expect(bad.closeEvent!.reason).toMatch(reason);
  expect(await roomState(room)).toEqual(before);
  expect(watcher.received.length).toBe(heard);
  expect(watcher.text("code:java")).toBe("");
}

describe("frames are validated whole before anything is applied", () => {
  it("a truncated edit frame (cut before its deletions) changes nothing and closes 1002", async () => {
    const { room, peer, watcher } = await roomWithWatcher();
    const edit = bigEdit(peer.doc);
    for (const cut of [edit.length - 1, edit.length - 3, Math.floor(edit.length / 2)]) {
      await expectRefused(room, watcher, syncFrame(SYNC_UPDATE, edit.slice(0, cut)), /malformed update/);
    }
    peer.doc.getText("code:python").insert(0, "still ");
    await until(() => watcher.text() === "still safe\n", "the room still takes a valid edit");
  });

  it("an item pointing at its own future (Yjs throws halfway through it) changes nothing and closes 1002", async () => {
    const { room, watcher } = await roomWithWatcher();
    const e = new Y.UpdateEncoderV1();
    encoding.writeVarUint(e.restEncoder, 2); // two clients: a good insert, then the bad one
    for (const [client, bad] of [[900, true], [800, false]] as const) {
      encoding.writeVarUint(e.restEncoder, 1);
      encoding.writeVarUint(e.restEncoder, client);
      encoding.writeVarUint(e.restEncoder, 0);
      if (bad) {
        e.writeInfo(4 | 0x80);
        e.writeLeftID(Y.createID(client, 5));
      } else {
        e.writeInfo(4);
        e.writeParentInfo(true);
        e.writeString("code:java");
      }
      e.writeString("x");
    }
    encoding.writeVarUint(e.restEncoder, 0);
    await expectRefused(room, watcher, syncFrame(SYNC_UPDATE, e.toUint8Array()), /its own future/);
  });

  it("should Yjs still fail halfway through a write, nothing of it is logged or sent and the doc is rebuilt from the log", async () => {
    const { room, peer, watcher } = await roomWithWatcher();
    const attacker = new Y.Doc();
    Y.applyUpdate(attacker, Y.encodeStateAsUpdate(peer.doc));
    const before = Y.encodeStateVector(attacker);
    attacker.transact(() => {
      attacker.getText("code:java").insert(0, "half");
      attacker.getText("code:go").insert(0, "BOOM");
    });
    const write = Y.encodeStateAsUpdate(attacker, before);
    // Fault injection (the Room shares this Yjs): Yjs throws on the write's second struct, after the first went in.
    const integrate = Y.Item.prototype.integrate;
    Y.Item.prototype.integrate = function (this: Y.Item, ...args: Parameters<typeof integrate>) {
      if (this.content instanceof Y.ContentString && this.content.str === "BOOM") throw new Error("injected failure");
      return integrate.apply(this, args);
    };
    try {
      await expectRefused(room, watcher, syncFrame(SYNC_UPDATE, write), /could not be applied: injected failure/);
    } finally {
      Y.Item.prototype.integrate = integrate;
    }
    peer.doc.getText("code:python").insert(0, "after ");
    await until(() => watcher.text() === "after safe\n", "the rebuilt doc takes edits");
    const late = await TestClient.connect(room);
    await until(() => late.synced && late.text() === "after safe\n", "a late joiner gets the rebuilt doc");
    expect(late.text("code:java")).toBe("");
  });
});
