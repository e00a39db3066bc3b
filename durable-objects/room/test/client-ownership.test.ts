/**
 * From the attacker's side: a Yjs client id belongs to the first user who wrote with it (or
 * announced it), so nobody can write in someone else's name, or get someone else's copy refused.
 */
import * as encoding from "lib0/encoding";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SYNC_UPDATE } from "../../../contracts/wire";
import { syncFrame } from "../frames";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { roomState } from "./room-state";

/** An edit made under someone else's client id, from a copy of their doc: what a forger sends. */
function forgedEdit(victim: Y.Doc, text: string): Uint8Array {
  const forger = new Y.Doc();
  Y.applyUpdate(forger, Y.encodeStateAsUpdate(victim));
  forger.clientID = victim.clientID; // after the apply: Yjs picks a new id when a remote update uses its own
  const before = Y.encodeStateVector(forger);
  forger.getText("code:python").insert(0, text);
  const update = Y.encodeStateAsUpdate(forger, before);
  expect([...Y.parseUpdateMeta(update).to.keys()]).toEqual([victim.clientID]);
  return update;
}

async function interview(room: string) {
  const candidate = await TestClient.connect(room, { role: "candidate", user: "u-cand", name: "Cam" });
  candidate.doc.getText("code:python").insert(0, "def solve():\n");
  const watcher = await TestClient.connect(room, { role: "interviewer", user: "u-ivy", name: "Ivy" });
  await until(() => watcher.text() === "def solve():\n", "watcher synced");
  return { candidate, watcher };
}

describe("participants only affect themselves", () => {
  it("a spectator's forged write under the candidate's client id cannot get the candidate's offline edits refused", async () => {
    const room = uniqueRoom("own");
    const { candidate, watcher } = await interview(room);
    candidate.close(); // the candidate's network drops
    await until(() => candidate.closeEvent !== null, "candidate offline");
    const spectator = await TestClient.connect(room, { role: "spectator", user: "u-spec", name: "Sam" });
    await until(() => spectator.synced, "spectator synced");
    spectator.sendBinary(syncFrame(SYNC_UPDATE, forgedEdit(candidate.doc, "HIRE ME ")));
    await until(() => spectator.denied.length > 0, "forged write refused");
    expect(spectator.denied[0]).toMatch(/read-only/);

    // Meanwhile the candidate typed offline: the same client id, the same clocks the forgery used.
    candidate.doc.getText("code:python").insert(13, "    return 42\n");
    const back = await TestClient.connect(room, { role: "candidate", user: "u-cand", name: "Cam", ydoc: candidate.doc });
    await until(() => watcher.text() === "def solve():\n    return 42\n", "the offline edit reaches the room");
    await new Promise((r) => setTimeout(r, 50));
    expect(back.denied).toEqual([]);
    back.doc.getText("code:python").insert(0, "# ok\n");
    await until(() => watcher.text().startsWith("# ok\n"), "and the candidate keeps writing");
    expect(back.text()).toBe(watcher.text());
  });

  it("a writer cannot write under another participant's client id: refused, never logged as theirs", async () => {
    const room = uniqueRoom("own");
    const { candidate, watcher } = await interview(room);
    const before = await roomState(room);
    const mallory = await TestClient.connect(room, { role: "interviewer", user: "u-mal", name: "Mal" });
    await until(() => mallory.synced, "mallory synced");
    mallory.sendBinary(syncFrame(SYNC_UPDATE, forgedEdit(candidate.doc, "print('cheat')\n")));
    await until(() => mallory.denied.length > 0, "refused");
    expect(mallory.denied[0]).toMatch(new RegExp(`client ${candidate.doc.clientID} belongs to another participant`));
    expect(await roomState(room)).toEqual(before);
    candidate.doc.getText("code:python").insert(13, "    pass\n");
    await until(() => watcher.text() === "def solve():\n    pass\n", "the candidate is unaffected");
    expect(candidate.denied).toEqual([]);
  });

  it("a client id announced in awareness is claimed before its owner writes with it", async () => {
    const room = uniqueRoom("own");
    const quiet = await TestClient.connect(room, { role: "candidate", user: "u-cand" });
    quiet.setAwareness({ at: 0 });
    const mallory = await TestClient.connect(room, { role: "interviewer", user: "u-mal" });
    await until(() => mallory.awareness.has(quiet.doc.clientID), "mallory learns the candidate's client id");
    mallory.sendBinary(syncFrame(SYNC_UPDATE, forgedEdit(quiet.doc, "x")));
    await until(() => mallory.denied.length > 0, "refused");
    quiet.doc.getText("code:python").insert(0, "mine");
    const watcher = await TestClient.connect(room);
    await until(() => watcher.synced && watcher.text() === "mine", "the owner writes");
    expect(quiet.denied).toEqual([]);
  });

  it("nobody can plant edits on another participant's future keystrokes (text that attaches to them, or deletes them as typed)", async () => {
    const room = uniqueRoom("own");
    const { candidate, watcher } = await interview(room);
    const mallory = await TestClient.connect(room, { role: "interviewer", user: "u-mal" });
    await until(() => mallory.synced, "mallory synced");
    const next = Y.getState(candidate.doc.store, candidate.doc.clientID); // the candidate's next clock
    const planted = new Y.Doc();
    Y.applyUpdate(planted, Y.encodeStateAsUpdate(candidate.doc));
    // An item "after the candidate's next character", written by hand as Yjs would encode it.
    const e = new Y.UpdateEncoderV1();
    encoding.writeVarUint(e.restEncoder, 1);
    encoding.writeVarUint(e.restEncoder, 1);
    encoding.writeVarUint(e.restEncoder, planted.clientID);
    encoding.writeVarUint(e.restEncoder, 0);
    e.writeInfo(4 | 0x80);
    e.writeLeftID(Y.createID(candidate.doc.clientID, next));
    e.writeString(" # written by Cam");
    encoding.writeVarUint(e.restEncoder, 0);
    const before = await roomState(room);
    mallory.sendBinary(syncFrame(SYNC_UPDATE, e.toUint8Array()));
    await until(() => mallory.denied.length > 0, "the plant is refused");
    expect(mallory.denied[0]).toMatch(/builds on edits of client \d+ that the room does not have/);
    // And a deletion of the candidate's next five characters.
    const mallory2 = await TestClient.connect(room, { role: "interviewer", user: "u-mal" });
    await until(() => mallory2.synced, "synced");
    mallory2.sendBinary(syncFrame(SYNC_UPDATE, new Uint8Array([0, 1, ...varUint(candidate.doc.clientID), 1, ...varUint(next), 5])));
    await until(() => mallory2.denied.length > 0, "the pre-deletion is refused");
    expect(await roomState(room)).toEqual(before);
    candidate.doc.getText("code:python").insert(13, "    return 1\n");
    await until(() => watcher.text() === "def solve():\n    return 1\n", "the candidate's keystrokes arrive as typed");
    expect(candidate.denied).toEqual([]);
  });

  it("a writer's own frames arriving out of order are accepted: a deletion or an insert that builds on its not-yet-arrived first write", async () => {
    const room = uniqueRoom("own");
    const watcher = await TestClient.connect(room, { role: "interviewer", user: "u-ivy" });
    const writer = await TestClient.connect(room, { role: "candidate", user: "u-cand" });
    await until(() => watcher.synced && writer.synced, "synced");
    const local = new Y.Doc();
    const text = local.getText("code:python");
    const updates: Uint8Array[] = [];
    local.on("update", (u: Uint8Array) => updates.push(u));
    text.insert(0, "hello world");
    text.delete(0, 6); // builds on the first write: deletes its items
    text.insert(5, "!"); // builds on it too: placed after its last item
    for (const u of [updates[1], updates[2], updates[0]]) writer.sendBinary(syncFrame(SYNC_UPDATE, u));
    await until(() => watcher.text() === "world!", "all three applied once the first arrived");
    expect(writer.denied).toEqual([]);
  });
});

function varUint(n: number): number[] {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, n);
  return [...encoding.toUint8Array(e)];
}

