/**
 * The Room's permission-denied reasons against the contract clients act on (contracts/wire.ts
 * copyRefused): every refused write says the copy must be replaced — the web app then keeps the
 * participant's edits and resyncs — and the refusals that leave a copy as it is do not.
 */
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { SYNC_STEP1, SYNC_UPDATE, copyRefused } from "../../../contracts/wire";
import { syncFrame } from "../frames";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";

/** The first reason `client` is given after `act`. */
async function reasonFor(client: TestClient, act: () => void): Promise<string> {
  await until(() => client.synced, "synced");
  const n = client.denied.length;
  act();
  await until(() => client.denied.length > n, "a permission-denied answer");
  return client.denied[n];
}

describe("what a refusal tells a client to do with its copy", () => {
  it("refused writes (read-only, someone else's client id, a document limit, a copy refused before): replace the copy", async () => {
    const room = uniqueRoom("ref");
    const cam = await TestClient.connect(room, { user: "u-cam" });
    cam.doc.getText("code:python").insert(0, "x = 1\n");
    const sam = await TestClient.connect(room, { role: "spectator" });
    const mal = await TestClient.connect(room, { user: "u-mal" });
    const nest = await TestClient.connect(room, { user: "u-nest" });
    await until(() => mal.synced && mal.text() === "x = 1\n", "mallory has cam's text");

    const forged = new Y.Doc(); // cam's client id, in mallory's hands
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(mal.doc));
    forged.clientID = cam.doc.clientID;
    const sv = Y.encodeStateVector(forged);
    forged.getText("code:python").insert(0, "#");
    const reasons = {
      readOnly: await reasonFor(sam, () => sam.doc.getText("code:python").insert(0, "s")),
      foreign: await reasonFor(mal, () => mal.sendBinary(syncFrame(SYNC_UPDATE, Y.encodeStateAsUpdate(forged, sv)))),
      depth: await reasonFor(nest, () => nest.doc.transact(() => {
        let m = nest.doc.getMap<unknown>("tree");
        for (let i = 0; i < 70; i++) m.set("c", (m = new Y.Map()));
      })),
      diverged: await reasonFor(nest, () => nest.doc.getText("code:python").insert(0, "n")),
    };
    expect(reasons.foreign).toMatch(/belongs to another participant/);
    expect(reasons.depth).toMatch(/nesting depth/);
    for (const [why, reason] of Object.entries(reasons)) expect({ why, reason, replace: copyRefused(reason) }).toMatchObject({ replace: true });
  });

  it("refusals that change nothing of the copy (a sync request over its rate, someone else's caret): keep it", async () => {
    const room = uniqueRoom("ref");
    const a = await TestClient.connect(room, { user: "u-a" });
    const b = await TestClient.connect(room, { user: "u-b" });
    a.setAwareness({ at: 1 });
    await until(() => b.awareness.has(a.doc.clientID), "b sees a");
    const caret = await reasonFor(b, () => b.setAwareness({ at: 9 }, a.doc.clientID, 99));
    const step1 = syncFrame(SYNC_STEP1, Y.encodeStateVector(new Y.Doc()));
    const sync = await reasonFor(b, () => { for (let i = 0; i < 12; i++) b.sendBinary(step1); });
    for (const reason of [caret, sync]) expect({ reason, replace: copyRefused(reason) }).toMatchObject({ replace: false });
  });
});
