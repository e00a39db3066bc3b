import { env, runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ClientOwners } from "../client-owners";
import { uniqueRoom } from "../../../test/workerd/room-client";

/** Runs `fn` against the SQLite of a fresh room object. */
function withSql<T>(fn: (sql: SqlStorage) => T): Promise<T> {
  const stub = env.ROOM.get(env.ROOM.idFromName(uniqueRoom("own")));
  return runInDurableObject(stub, (_i, state) => fn(state.storage.sql));
}

describe("client owners", () => {
  it("the first claim wins, per doc, and survives a new instance", async () => {
    const seen = await withSql((sql) => {
      const owners = new ClientOwners(sql);
      owners.claim("code", [1, 2], "alice");
      owners.claim("code", [2, 3], "bob");
      owners.claim("private", [1], "bob");
      const again = new ClientOwners(sql);
      return {
        owners: [1, 2, 3].map((c) => again.owner("code", c)),
        private1: again.owner("private", 1),
        foreignToBob: again.foreign("code", [3, 2, 1], "bob"),
        foreignToAlice: again.foreign("code", [1, 2, 99], "alice"),
      };
    });
    expect(seen).toEqual({ owners: ["alice", "alice", "bob"], private1: "bob", foreignToBob: 2, foreignToAlice: undefined });
  });
});
