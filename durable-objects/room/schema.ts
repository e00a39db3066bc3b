/**
 * The Room's SQLite schema, versioned: ordered migrations, each applied once, in order, on load
 * (inside blockConcurrencyWhile), in one transaction with the version it reaches. To change the
 * schema, append a migration; never edit one that has shipped.
 *
 * The version is a one-row table, not `PRAGMA user_version`: workerd's SQLite authorizer refuses
 * that pragma (SQLITE_AUTH), reading and writing alike.
 *
 *   schema_version(id = 1, version)    0 (no row) = a room from before versioning
 *
 * Migration 1 is the schema as it stood when versioning arrived, written so that it also
 * completes a room the code before created piece by piece (CREATE TABLE IF NOT EXISTS in each
 * store, columns added when missing): such a room is at version 0 with any prefix of that schema.
 * A room at a version above the code's is refused, never opened: it was written by newer code
 * (a deploy rolled back), and this code would read its rows without knowing what they mean and
 * write rows without the columns that code relies on.
 */
import * as Y from "yjs";
import { DOC_NAMES } from "../../contracts/wire";

export interface Migration {
  version: number;
  /** What it changes, for whoever reads the list. */
  what: string;
  up(storage: DurableObjectStorage): void;
}

/** The room's storage was written by code newer than this. */
export class SchemaTooNewError extends Error {
  constructor(readonly found: number, readonly known: number) {
    super(`room storage is at schema version ${found}, newer than this code's ${known}: refusing to open it (was a deploy rolled back?)`);
    this.name = "SchemaTooNewError";
  }
}

export const ROOM_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    what: "the schema before versioning: update log, snapshots, settings, refused clients, client owners, runs",
    up: schemaBeforeVersioning,
  },
  {
    version: 2,
    what: "deadlines (deadlines.ts): the alarm's jobs by kind; a room's expiry comes from its settings",
    up({ sql }) {
      sql.exec("CREATE TABLE deadlines (kind TEXT PRIMARY KEY, at INTEGER NOT NULL)");
      sql.exec(`INSERT INTO deadlines (kind, at)
        SELECT 'expiry', json_extract(value, '$.expiresAt') FROM settings WHERE id = 1 AND json_extract(value, '$.expiresAt') IS NOT NULL`);
    },
  },
  {
    version: 3,
    what: "the interview record (record/): one room-wide seq over events and code/notes updates, participants, derived edits, a series of snapshots, run output times, review runs",
    up: recordTables,
  },
];

/** Brings the room's storage to the last migration's version; returns the versions it went from and to. */
export function migrate(storage: DurableObjectStorage, migrations: readonly Migration[] = ROOM_MIGRATIONS): { from: number; to: number } {
  const { sql } = storage;
  sql.exec("CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)");
  const from = schemaVersion(sql);
  const known = migrations.at(-1)?.version ?? 0;
  if (from > known) throw new SchemaTooNewError(from, known);
  for (const [i, m] of migrations.entries()) {
    if (m.version !== i + 1) throw new Error(`migration ${i + 1} is numbered ${m.version}: versions are 1, 2, 3, … in order`);
    if (m.version <= from) continue;
    storage.transactionSync(() => {
      m.up(storage);
      sql.exec("INSERT OR REPLACE INTO schema_version (id, version) VALUES (1, ?)", m.version);
    });
  }
  return { from, to: Math.max(from, known) };
}

export function schemaVersion(sql: SqlStorage): number {
  return sql.exec<{ version: number }>("SELECT version FROM schema_version WHERE id = 1").toArray()[0]?.version ?? 0;
}

// ── migration 3 ─────────────────────────────────────────────────────────────────────────────────

function recordTables({ sql }: DurableObjectStorage): void {
  sql.exec(`
    CREATE TABLE events (seq INTEGER PRIMARY KEY, t INTEGER NOT NULL, kind TEXT NOT NULL, user_id TEXT, data TEXT NOT NULL);
    CREATE TABLE participants (user_id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, color TEXT NOT NULL, first_at INTEGER NOT NULL);
    CREATE TABLE edits (
      rseq INTEGER NOT NULL, language TEXT NOT NULL, doc TEXT NOT NULL, t INTEGER NOT NULL, user_id TEXT NOT NULL,
      added INTEGER NOT NULL, removed INTEGER NOT NULL, delta TEXT NOT NULL, PRIMARY KEY (rseq, language));
    CREATE TABLE edits_derived (doc TEXT PRIMARY KEY, seq INTEGER NOT NULL);
    CREATE TABLE snapshot_index (doc TEXT NOT NULL, seq INTEGER NOT NULL, ts INTEGER NOT NULL, PRIMARY KEY (doc, seq));
    INSERT INTO snapshot_index (doc, seq, ts) SELECT doc, seq, ts FROM snapshot_heads;
    ALTER TABLE updates ADD COLUMN rseq INTEGER;
    ALTER TABLE run_output ADD COLUMN t INTEGER;
    ALTER TABLE runs ADD COLUMN review INTEGER NOT NULL DEFAULT 0;
  `);
  // A room from before the record: its code and notes updates get their places on the one clock, in time order.
  sql.exec(`UPDATE updates SET rseq = (SELECT n FROM (
      SELECT doc AS d, seq AS s, ROW_NUMBER() OVER (ORDER BY MIN(ts), doc, seq) AS n FROM updates WHERE doc != 'state' GROUP BY doc, seq
    ) WHERE d = updates.doc AND s = updates.seq) WHERE doc != 'state'`);
  sql.exec("CREATE INDEX updates_rseq ON updates (rseq) WHERE rseq IS NOT NULL");
  sql.exec("CREATE INDEX updates_ts ON updates (doc, ts)");
}

// ── migration 1 ─────────────────────────────────────────────────────────────────────────────────

function schemaBeforeVersioning(storage: DurableObjectStorage): void {
  const { sql } = storage;
  sql.exec(`
    CREATE TABLE IF NOT EXISTS updates (
      doc TEXT NOT NULL, seq INTEGER NOT NULL, part INTEGER NOT NULL, ts INTEGER NOT NULL, user_id TEXT NOT NULL,
      data BLOB NOT NULL, PRIMARY KEY (doc, seq, part));
    CREATE TABLE IF NOT EXISTS snapshots (
      doc TEXT NOT NULL, seq INTEGER NOT NULL, chunk INTEGER NOT NULL, data BLOB NOT NULL,
      PRIMARY KEY (doc, seq, chunk));
    CREATE TABLE IF NOT EXISTS snapshot_heads (
      doc TEXT PRIMARY KEY, seq INTEGER NOT NULL, chunks INTEGER NOT NULL, bytes INTEGER NOT NULL, ts INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS settings (id INTEGER PRIMARY KEY CHECK (id = 1), value TEXT NOT NULL);
    CREATE TABLE IF NOT EXISTS runs (
      id TEXT PRIMARY KEY, language TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT NOT NULL,
      status TEXT NOT NULL, created_at INTEGER NOT NULL, finished_at INTEGER, exit TEXT, error TEXT);
    CREATE TABLE IF NOT EXISTS run_output (
      run_id TEXT NOT NULL, seq INTEGER NOT NULL, stream TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (run_id, seq));
  `);
  addColumn(sql, "runs", "mode TEXT NOT NULL DEFAULT 'program'");
  addColumn(sql, "run_output", "hidden INTEGER NOT NULL DEFAULT 0");
  refusedClientsWithWriters(sql);
  if (!hasTable(sql, "client_owners")) clientOwnersFromLog(storage);
}

/** refused_clients keyed by writer; rows from before writers were kept get user_id '' (anyone). */
function refusedClientsWithWriters(sql: SqlStorage): void {
  const columns = columnsOf(sql, "refused_clients");
  if (columns.includes("user_id")) return;
  const create = "CREATE TABLE refused_clients (doc TEXT NOT NULL, client INTEGER NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (doc, client, user_id))";
  if (columns.length === 0) return void sql.exec(create);
  sql.exec("ALTER TABLE refused_clients RENAME TO refused_clients_v1");
  sql.exec(create);
  sql.exec("INSERT INTO refused_clients (doc, client, user_id) SELECT doc, client, '' FROM refused_clients_v1");
  sql.exec("DROP TABLE refused_clients_v1");
}

/** client_owners, filled from the log of a room that had none: the first writer of each client id owns it. */
function clientOwnersFromLog(storage: DurableObjectStorage): void {
  const { sql } = storage;
  sql.exec("CREATE TABLE client_owners (doc TEXT NOT NULL, client INTEGER NOT NULL, user_id TEXT NOT NULL, PRIMARY KEY (doc, client))");
  // Read as this version's log was (no rseq yet: migration 3 adds it), parts joined.
  const rows = sql.exec<{ doc: string; seq: number; user_id: string; data: ArrayBuffer }>("SELECT doc, seq, user_id, data FROM updates ORDER BY doc, seq, part").toArray();
  for (let i = 0; i < rows.length; ) {
    const { doc, seq, user_id: userId } = rows[i];
    const parts: Uint8Array[] = [];
    for (; i < rows.length && rows[i].doc === doc && rows[i].seq === seq; i++) parts.push(new Uint8Array(rows[i].data));
    if (userId === "unknown" || !(DOC_NAMES as readonly string[]).includes(doc)) continue; // writes the log could not attribute claim nothing
    for (const client of Y.parseUpdateMeta(parts.length === 1 ? parts[0] : joined(parts)).to.keys()) {
      sql.exec("INSERT OR IGNORE INTO client_owners (doc, client, user_id) VALUES (?, ?, ?)", doc, client, userId);
    }
  }
}

function joined(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let off = 0;
  for (const p of parts) (out.set(p, off), (off += p.byteLength));
  return out;
}

function addColumn(sql: SqlStorage, table: string, column: string): void {
  if (!columnsOf(sql, table).includes(column.split(" ")[0])) sql.exec(`ALTER TABLE ${table} ADD COLUMN ${column}`);
}

function columnsOf(sql: SqlStorage, table: string): string[] {
  return sql.exec<{ name: string }>("SELECT name FROM pragma_table_info(?)", table).toArray().map((c) => c.name);
}

function hasTable(sql: SqlStorage, name: string): boolean {
  return sql.exec("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", name).toArray().length > 0;
}
