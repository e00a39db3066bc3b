/**
 * Everyone holds one document: a peer who followed every update and a participant who joins now
 * (and gets the room's state whole) see the same text. Both attacks here were found by the Room's
 * fuzz test (room.fuzz.test.ts) as a late joiner whose text differed from a watcher's; each is
 * made by hand here, byte by byte, as a hostile client would send it.
 */
import { runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CLOSE, SYNC_UPDATE } from "../../../contracts/wire";
import { syncFrame } from "../frames";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { stubOf, roomState } from "./room-state";

type Id = [client: number, clock: number];

/** A v1 update of one text item in code:python's list: `origin` and `rightOrigin` as given, whatever they are. */
function textItem(client: number, origin: Id | null, rightOrigin: Id | null, text: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one client
  encoding.writeVarUint(e, 1); // one struct
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, 0); // clock
  encoding.writeUint8(e, 4 | (origin ? 0x80 : 0) | (rightOrigin ? 0x40 : 0)); // a string, and which neighbours follow
  for (const id of [origin, rightOrigin]) if (id) id.forEach((n) => encoding.writeVarUint(e, n));
  if (!origin && !rightOrigin) {
    encoding.writeVarUint(e, 1); // parent named by its key
    encoding.writeVarString(e, "code:python");
  }
  encoding.writeVarString(e, text);
  encoding.writeVarUint(e, 0); // no deletions
  return encoding.toUint8Array(e);
}

/** A room where peer 1001 typed `text` in one go, and a watcher follows along. */
async function roomWith(text: string) {
  const room = uniqueRoom("one-doc");
  const ydoc = new Y.Doc();
  ydoc.clientID = 1001;
  const peer = await TestClient.connect(room, { ydoc });
  peer.doc.getText("code:python").insert(0, text);
  const watcher = await TestClient.connect(room);
  await until(() => watcher.text() === text, "watcher synced");
  return { room, peer, watcher };
}

async function joinerText(room: string): Promise<string> {
  const joiner = await TestClient.connect(room);
  await until(() => joiner.synced, "joiner synced");
  joiner.close();
  return joiner.text();
}

describe("a joiner and a peer hold the same document", () => {
  it("an item whose neighbours are swapped (its right one left of its left one) is refused, 1002, and changes nothing", async () => {
    // Accepted, the room and its peers put "typed" after "d"; a joiner, decoding the room's state
    // at once, put it at the end of the text: "dtypedef solve(nums):\n" against "def solve(nums):\ntyped".
    const { room, watcher } = await roomWith("def solve(nums):\n");
    const before = await roomState(room);
    const heard = watcher.received.length;
    const attacker = await TestClient.connect(room);
    await until(() => attacker.synced, "attacker synced");
    attacker.sendBinary(syncFrame(SYNC_UPDATE, textItem(2000, [1001, 2], [1001, 1], "typed")));
    await until(() => attacker.closeEvent !== null, "attacker closed");
    expect(attacker.closeEvent).toMatchObject({ code: CLOSE.PROTOCOL_ERROR });
    expect(attacker.closeEvent!.reason).toMatch(/out of place/);
    expect(await roomState(room)).toEqual(before);
    expect(watcher.received.length).toBe(heard);
    expect(await joinerText(room)).toBe("def solve(nums):\n");

    // The same item with its neighbours the right way round is an ordinary insert.
    const writer = await TestClient.connect(room);
    await until(() => writer.synced, "writer synced");
    writer.sendBinary(syncFrame(SYNC_UPDATE, textItem(2001, [1001, 0], [1001, 1], "typed")));
    await until(() => watcher.text() === "dtypedef solve(nums):\n", "the watcher has the insert");
    expect(writer.closeEvent).toBeNull();
    expect(await joinerText(room)).toBe(watcher.text());
  });

  it("a write held for a missing neighbour never reaches a joiner, nor a checkpoint, even when its id is taken since", async () => {
    // "evil!!!" waits (pending) for an item nobody has; "good" then takes the same id. Yjs's own
    // encoding of the whole state merges pending writes in, and the joiner got "good!!!": the
    // pending write's tail, text nobody else has, and a checkpoint would have kept it for good.
    const { room, watcher } = await roomWith("hello\n");
    const writer = await TestClient.connect(room);
    await until(() => writer.synced, "writer synced");
    writer.sendBinary(syncFrame(SYNC_UPDATE, textItem(2000, [99999, 5], null, "evil!!!")));
    writer.sendBinary(syncFrame(SYNC_UPDATE, textItem(2000, [1001, 5], null, "good")));
    await until(() => watcher.text() === "hello\ngood", "the watcher has the second write");
    expect(writer.closeEvent).toBeNull();
    expect(await joinerText(room)).toBe("hello\ngood");

    expect(await runDurableObjectAlarm(stubOf(room))).toBe(true); // the checkpoint
    const snapshots = await runInDurableObject(stubOf(room), (_i, state) => state.storage.sql.exec("SELECT COUNT(*) AS n FROM snapshot_heads WHERE doc = 'code'").one().n);
    expect(snapshots).toBe(1);
    await runInDurableObject(stubOf(room), (_i, state) => state.abort("test eviction")).catch(() => {});
    expect(await joinerText(room)).toBe("hello\ngood");
  });
});
