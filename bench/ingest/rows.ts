/**
 * What the Room wrote for a burst: rows per table of each room's SQLite file, read with the
 * `sqlite3` CLI (read-only, after `wrangler dev` stopped), so the cost of one logged update can be
 * put in rows and b-tree entries rather than guessed.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { table } from "../collab/stats";

export interface RoomRows {
  updates: number;
  edits: number;
  /** Snapshots kept in the series (checkpoints closer than SNAPSHOT_SPACING updates replace the latest). */
  snapshotsKept: number;
  snapshotBytes: number;
  clientOwners: number;
  /** Indexes on `updates` besides its primary key: each logged update is one more entry in each. */
  updateIndexes: number;
}

const QUERY = [
  "SELECT count(*) FROM updates WHERE doc='code'",
  "SELECT count(*) FROM edits WHERE doc='code'",
  "SELECT count(*) FROM snapshot_index WHERE doc='code'",
  "SELECT coalesce(sum(length(data)),0) FROM snapshots WHERE doc='code'",
  "SELECT count(*) FROM client_owners WHERE doc='code'",
  "SELECT count(*) FROM sqlite_master WHERE type='index' AND tbl_name='updates' AND sql IS NOT NULL",
].map((q) => `(${q})`).join(", ");

function sqliteFiles(dir: string): string[] {
  const files: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) files.push(...sqliteFiles(join(dir, e.name)));
    else if (e.name.endsWith(".sqlite")) files.push(join(dir, e.name));
  }
  return files;
}

/** Every room file under `persistTo` whose code log holds at least `minUpdates` updates. */
export function roomRows(persistTo: string, minUpdates: number): RoomRows[] {
  const rooms: RoomRows[] = [];
  for (const file of sqliteFiles(persistTo)) {
    let out: string;
    try {
      out = execFileSync("sqlite3", ["-readonly", file, `SELECT ${QUERY};`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      continue; // not a room (D1, the rate limiter…)
    }
    const [updates, edits, snapshotsKept, snapshotBytes, clientOwners, updateIndexes] = out.trim().split("|").map(Number);
    if (updates >= minUpdates) rooms.push({ updates, edits, snapshotsKept, snapshotBytes, clientOwners, updateIndexes });
  }
  return rooms;
}

export function rowsTable(rooms: RoomRows[]): string {
  return table(
    ["room", "updates rows", "edits rows", "snapshots kept", "snapshot bytes", "client_owners rows", "indexes on updates"],
    rooms.map((r, i) => [String(i + 1), String(r.updates), String(r.edits), String(r.snapshotsKept), String(r.snapshotBytes), String(r.clientOwners), String(r.updateIndexes)]),
  );
}
