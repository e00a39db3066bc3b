import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ClientOwners } from "../client-owners";
import { uniqueRoom } from "../../../test/workerd/room-client";

/** Runs `fn` against the SQLite of a fresh room object. */
function withSql<T>(fn: (sql: SqlStorage) => T): Promise<T> {
  const stub = env.ROOM.get(env.ROOM.idFromName(uniqueRoom("own")));
  return runInDurableObject(stub, (_i, state) => fn(state.storage.sql));
}

function updateBy(clientID: number): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  doc.getText("t").insert(0, "x");
  return Y.encodeStateAsUpdate(doc);
}

describe("client owners", () => {
  it("the first claim wins, per doc, and survives a new instance", async () => {
    const seen = await withSql((sql) => {
      const owners = new ClientOwners(sql, () => []);
      owners.claim("code", [1, 2], "alice");
      owners.claim("code", [2, 3], "bob");
      owners.claim("private", [1], "bob");
      const again = new ClientOwners(sql, () => { throw new Error("history is read only when the table is new"); });
      return {
        owners: [1, 2, 3].map((c) => again.owner("code", c)),
        private1: again.owner("private", 1),
        foreignToBob: again.foreign("code", [3, 2, 1], "bob"),
        foreignToAlice: again.foreign("code", [1, 2, 99], "alice"),
      };
    });
    expect(seen).toEqual({ owners: ["alice", "alice", "bob"], private1: "bob", foreignToBob: 2, foreignToAlice: undefined });
  });

  it("a room from before the table gets it from its log, first writer first (unknown writers skipped)", async () => {
    const seen = await withSql((sql) => {
      sql.exec("DROP TABLE IF EXISTS client_owners");
      const history = [
        { doc: "code", userId: "server", data: updateBy(10) },
        { doc: "code", userId: "unknown", data: updateBy(11) },
        { doc: "code", userId: "cand", data: updateBy(12) },
        { doc: "code", userId: "mallory", data: updateBy(12) },
      ];
      const owners = new ClientOwners(sql, () => history);
      return [10, 11, 12].map((c) => owners.owner("code", c));
    });
    expect(seen).toEqual(["server", undefined, "cand"]);
  });
});
