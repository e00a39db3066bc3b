import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { RefusedClients } from "../refused-clients";
import { newStructs, readUpdate } from "../update-check";
import { uniqueRoom } from "../../../test/workerd/room-client";

function withSql<T>(fn: (sql: SqlStorage) => T): Promise<T> {
  const stub = env.ROOM.get(env.ROOM.idFromName(uniqueRoom("ref")));
  return runInDurableObject(stub, (_i, state) => fn(state.storage.sql));
}

/** A room doc, and a copy of it that went on with an edit under `clientID`. */
function ahead(clientID: number) {
  const room = new Y.Doc();
  const copy = new Y.Doc();
  copy.clientID = clientID;
  copy.getText("code:python").insert(0, "refused");
  const update = readUpdate(Y.encodeStateAsUpdate(copy));
  return { room, structs: newStructs(update, room), sv: Y.decodeStateVector(Y.encodeStateVector(copy)) };
}

describe("refused clients", () => {
  it("are remembered for the writer who was refused, not for whoever else holds that client id", async () => {
    const { room, structs, sv } = ahead(77);
    const seen = await withSql((sql) => {
      new RefusedClients(sql).refuse("code", "spectator", structs, room);
      const later = new RefusedClients(sql); // as after a restart
      return { spectator: later.holdsRefused("code", "spectator", sv, room), candidate: later.holdsRefused("code", "candidate", sv, room), otherDoc: later.holdsRefused("private", "spectator", sv, room) };
    });
    expect(seen).toEqual({ spectator: true, candidate: false, otherDoc: false });
  });
});
