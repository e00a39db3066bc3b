/** The Room's SQLite schema: versioned migrations, applied once and in order, on load. */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ROOM_MIGRATIONS, SchemaTooNewError, migrate, schemaVersion, type Migration } from "../schema";
import { TestClient, uniqueRoom } from "../../../test/workerd/room-client";
import { stubOf } from "./room-state";

const LATEST = ROOM_MIGRATIONS.at(-1)!.version;

/** Runs `fn` against the storage of a fresh room object (already migrated by its own load). */
function withStorage<T>(fn: (storage: DurableObjectStorage) => T, room = uniqueRoom("schema")): Promise<T> {
  return runInDurableObject(stubOf(room), (_i, state) => fn(state.storage));
}

const tables = (sql: SqlStorage) =>
  sql.exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name").toArray().map((t) => t.name);

describe("room schema migrations", () => {
  it("a new room is at the latest version", async () => {
    expect(await withStorage((s) => schemaVersion(s.sql))).toBe(LATEST);
    expect(ROOM_MIGRATIONS.map((m) => m.version)).toEqual(ROOM_MIGRATIONS.map((_m, i) => i + 1));
  });

  it("are applied once each, in order; a later list applies only what is new", async () => {
    const seen = await withStorage((storage) => {
      const ran: number[] = [];
      const step = (version: number): Migration => ({ version, what: `step ${version}`, up: ({ sql }) => (ran.push(version), void sql.exec(`CREATE TABLE step_${version} (x)`)) });
      storage.sql.exec("DELETE FROM schema_version"); // as a room that has never been versioned
      const first = migrate(storage, [step(1), step(2)]);
      const again = migrate(storage, [step(1), step(2)]);
      const later = migrate(storage, [step(1), step(2), step(3)]);
      return { ran, first, again, later, version: schemaVersion(storage.sql) };
    });
    expect(seen).toEqual({ ran: [1, 2, 3], first: { from: 0, to: 2 }, again: { from: 2, to: 2 }, later: { from: 2, to: 3 }, version: 3 });
  });

  it("a migration that fails leaves nothing of itself behind and the version where it was", async () => {
    const seen = await withStorage((storage) => {
      storage.sql.exec("DELETE FROM schema_version");
      const ok: Migration = { version: 1, what: "ok", up: ({ sql }) => void sql.exec("CREATE TABLE kept (x)") };
      const broken: Migration = { version: 2, what: "broken", up: ({ sql }) => (sql.exec("CREATE TABLE half (x)"), void sql.exec("SELECT * FROM no_such_table")) };
      const error = (() => { try { migrate(storage, [ok, broken]); return null; } catch (e) { return String(e); } })();
      const misnumbered = (() => { try { migrate(storage, [ok, { ...broken, version: 3 }]); return null; } catch (e) { return String(e); } })();
      return { error, misnumbered, version: schemaVersion(storage.sql), tables: tables(storage.sql).filter((t) => t === "kept" || t === "half") };
    });
    expect(seen.error).toMatch(/no_such_table/);
    expect(seen.misnumbered).toMatch(/numbered 3/);
    expect(seen).toMatchObject({ version: 1, tables: ["kept"] });
  });

  it("storage written by newer code is refused, and left as it was", async () => {
    const seen = await withStorage((storage) => {
      storage.sql.exec("UPDATE schema_version SET version = ?", LATEST + 1);
      const before = tables(storage.sql);
      let error: unknown = null;
      try {
        migrate(storage);
      } catch (e) {
        error = e;
      }
      return { error: error instanceof SchemaTooNewError ? error.message : String(error), version: schemaVersion(storage.sql), same: tables(storage.sql).join() === before.join() };
    });
    expect(seen.error).toMatch(new RegExp(`schema version ${LATEST + 1}, newer than this code's ${LATEST}`));
    expect(seen).toMatchObject({ version: LATEST + 1, same: true });
  });

  it("a room object whose storage is newer than its code serves nothing and says why", async () => {
    const room = uniqueRoom("schema");
    await withStorage((storage) => void storage.sql.exec("UPDATE schema_version SET version = ?", LATEST + 5), room);
    await runInDurableObject(stubOf(room), (_i, state) => state.abort("reload")).catch(() => {});
    const upgrade = await TestClient.upgrade(room, { direct: true });
    expect(upgrade.status).toBe(503);
    expect(await upgrade.json()).toEqual({ error: { code: "unavailable", message: expect.stringMatching(/newer than this code/) } });
    const rpc = await stubOf(room).getRun("any").then(() => "answered", (e: Error) => e.message);
    expect(rpc).toMatch(/newer than this code/);
    expect(await withStorage((storage) => schemaVersion(storage.sql), room)).toBe(LATEST + 5); // nothing migrated or written
  });
});
