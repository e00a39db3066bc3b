/**
 * A room written before the Room's schema was versioned (version 0: tables created piece by piece,
 * some columns and tables missing) loads whole and keeps working: its code (snapshot + tail), its
 * state doc, its settings, its runs, its refused clients and its client owners.
 */
import { runInDurableObject } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { setMeta } from "../../../contracts/room-state";
import { ROOM_MIGRATIONS, schemaVersion } from "../schema";
import { TestClient, uniqueRoom, until } from "../../../test/workerd/room-client";
import { stubOf } from "./room-state";

const OLD_CLIENT = 4242;
const EXPIRES_AT = Date.now() + 3_600_000;

/** The tables as the code before versioning left them in a room created before runs had modes. */
const OLD_SCHEMA = `
  CREATE TABLE updates (doc TEXT NOT NULL, seq INTEGER NOT NULL, part INTEGER NOT NULL, ts INTEGER NOT NULL, user_id TEXT NOT NULL, data BLOB NOT NULL, PRIMARY KEY (doc, seq, part));
  CREATE TABLE snapshots (doc TEXT NOT NULL, seq INTEGER NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (doc, seq, chunk));
  CREATE TABLE snapshot_heads (doc TEXT PRIMARY KEY, seq INTEGER NOT NULL, chunks INTEGER NOT NULL, bytes INTEGER NOT NULL, ts INTEGER NOT NULL);
  CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL);
  CREATE TABLE refused_clients (doc TEXT NOT NULL, client INTEGER NOT NULL, PRIMARY KEY (doc, client));
  CREATE TABLE runs (id TEXT PRIMARY KEY, language TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT NOT NULL, status TEXT NOT NULL, created_at INTEGER NOT NULL, finished_at INTEGER, exit TEXT, error TEXT);
  CREATE TABLE run_output (run_id TEXT NOT NULL, seq INTEGER NOT NULL, stream TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (run_id, seq));
`;

/** Replaces the room's storage with an old room's, as the code before versioning wrote it. */
function writeOldRoom(storage: DurableObjectStorage): void {
  const { sql } = storage;
  for (const { name } of sql.exec<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%'").toArray()) {
    sql.exec(`DROP TABLE ${name}`);
  }
  sql.exec(OLD_SCHEMA);
  // Written as that code wrote them: no record clock, one snapshot replacing the last.
  let seq = 0;
  const log = {
    append: (doc: string, userId: string, data: Uint8Array) =>
      void sql.exec("INSERT INTO updates (doc, seq, part, ts, user_id, data) VALUES (?, ?, 0, ?, ?, ?)", doc, ++seq, 1000 + seq, userId, data.slice().buffer),
    checkpoint: (doc: string, data: Uint8Array) => {
      sql.exec("INSERT INTO snapshots (doc, seq, chunk, data) VALUES (?, ?, 0, ?)", doc, seq, data.slice().buffer);
      sql.exec("INSERT INTO snapshot_heads (doc, seq, chunks, bytes, ts) VALUES (?, ?, 1, ?, ?)", doc, seq, data.byteLength, 1000 + seq);
    },
  };
  // The code doc: a snapshot at seq 1, then one more update in the tail.
  const code = new Y.Doc();
  code.clientID = OLD_CLIENT;
  code.getText("code:python").insert(0, "print('old')\n");
  log.append("code", "u-old", Y.encodeStateAsUpdate(code));
  log.checkpoint("code", Y.encodeStateAsUpdate(code));
  const before = Y.encodeStateVector(code);
  code.getText("code:python").insert(13, "# tail\n");
  log.append("code", "u-old", Y.encodeStateAsUpdate(code, before));
  const state = new Y.Doc();
  setMeta(state, { title: "Old room", candidateReadOnly: true }, null);
  log.append("state", "server", Y.encodeStateAsUpdate(state));
  // Settings from before problems, tenants and the spectators switch.
  const settings = { roomId: null, title: "Old room", expiresAt: EXPIRES_AT, endedAt: null, candidateReadOnly: true };
  sql.exec("INSERT INTO settings (id, value) VALUES (1, ?)", JSON.stringify(settings));
  sql.exec("INSERT INTO refused_clients (doc, client) VALUES ('code', 99)");
  sql.exec("INSERT INTO runs VALUES ('run-old', 'python', 'u-old', 'Olga', 'finished', 1000, 2000, ?, NULL)",
    JSON.stringify({ stage: "run", status: "OK", exitCode: 0, signal: null, timeMs: 5, wallMs: 9, memoryKb: 0, truncated: false }));
  sql.exec("INSERT INTO run_output VALUES ('run-old', 1, 'stdout', 'old\n'), ('run-old', 2, 'stderr', 'warn\n')");
}

describe("a room written before the schema was versioned", () => {
  it("loads whole, is brought to the latest version, and keeps working", async () => {
    const room = uniqueRoom("old");
    await runInDurableObject(stubOf(room), (_i, state) => writeOldRoom(state.storage));
    await runInDurableObject(stubOf(room), (_i, state) => state.abort("reload")).catch(() => {});

    // Updates and snapshots: the code as it was, the state doc's meta.
    const candidate = await TestClient.connect(room, { direct: true, role: "candidate", user: "u-cam" });
    const watcher = await TestClient.connect(room, { direct: true, doc: "state", role: "spectator" });
    await until(() => candidate.synced && watcher.synced, "synced");
    expect(candidate.text()).toBe("print('old')\n# tail\n");
    expect(watcher.doc.getMap("meta").get("title")).toBe("Old room");

    // Settings: the candidate is still read-only, until the interviewer says otherwise.
    candidate.doc.getText("code:python").insert(0, "x");
    await until(() => candidate.denied.length > 0, "refused");
    expect(candidate.denied[0]).toMatch(/read-only/);
    await stubOf(room).setCandidateReadOnly(false);
    const writer = await TestClient.connect(room, { direct: true, role: "candidate", user: "u-cam2" });
    await until(() => writer.synced, "synced");
    writer.doc.getText("code:python").insert(0, "# new\n");
    await until(() => watcher.synced, "still synced");

    // Runs: the old run reads back (a program run, its output); a new one is stored with its mode.
    expect(await stubOf(room).getRun("run-old")).toMatchObject({
      id: "run-old", mode: "program", userName: "Olga", status: "finished", output: [{ stream: "stdout", data: "old\n" }, { stream: "stderr", data: "warn\n" }],
    });

    const storage = await runInDurableObject(stubOf(room), (_i, state) => {
      const { sql } = state.storage;
      return {
        version: schemaVersion(sql),
        owners: sql.exec("SELECT doc, client, user_id FROM client_owners WHERE client = ?", OLD_CLIENT).toArray(),
        refused: sql.exec("SELECT doc, client, user_id FROM refused_clients WHERE client = 99").toArray(),
        runColumns: sql.exec<{ name: string }>("SELECT name FROM pragma_table_info('runs')").toArray().map((c) => c.name),
        expiry: sql.exec("SELECT at FROM deadlines WHERE kind = 'expiry'").toArray(),
        // The old code updates got places on the record's clock, in time order; the state doc's none.
        clock: sql.exec("SELECT doc, seq, rseq FROM updates WHERE ts < 2000 ORDER BY seq").toArray(),
      };
    });
    expect(storage).toEqual({
      version: ROOM_MIGRATIONS.at(-1)!.version,
      owners: [{ doc: "code", client: OLD_CLIENT, user_id: "u-old" }], // from the log: the old writer keeps its client id
      refused: [{ doc: "code", client: 99, user_id: "" }], // recorded before writers were kept: applies to anyone
      runColumns: expect.arrayContaining(["mode"]),
      expiry: [{ at: EXPIRES_AT }], // its alarm's deadline, from its settings
      clock: [{ doc: "code", seq: 1, rseq: 1 }, { doc: "code", seq: 2, rseq: 2 }, { doc: "state", seq: 3, rseq: null }],
    });

    // And after another restart, the new write is there too.
    await runInDurableObject(stubOf(room), (_i, state) => state.abort("reload")).catch(() => {});
    const later = await TestClient.connect(room, { direct: true, role: "interviewer" });
    await until(() => later.synced, "synced after restart");
    expect(later.text()).toBe("# new\nprint('old')\n# tail\n");
  });
});
