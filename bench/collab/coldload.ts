/**
 * Cold load: a room is filled with many small updates through the protocol (one update message
 * each, as typing produces them), then a new client's connect is timed until its sync step 2
 * (the room's full state) arrives. For the Room the object must be cold: the caller restarts
 * `wrangler dev` on the same storage between fill and measure.
 */
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import * as Y from "yjs";
import { BenchClient } from "./client";
import type { Server } from "./servers";
import { ROOM_SYNC_REQUESTS_PER_MINUTE, SocketBudget } from "./socket-budget";
import { sleep } from "./stats";
import { seededRandom } from "../../problems/lib/random"; // the one seeded PRNG (mulberry32) of the project

export interface Filled {
  room: string;
  text: string;
  updates: Uint8Array[];
  fillMs: number;
  /** performance.now() when each update was sent (the Room arms its checkpoint alarm at the first one after a checkpoint). */
  sentAt: number[];
}

export interface LoadTime {
  /** performance.now() at `new WebSocket()`. */
  startedAt: number;
  /** `new WebSocket()` → first sync step 2: includes the upgrade, object start-up and load. */
  total: number;
  /** WebSocket open → first sync step 2. */
  afterOpen: number;
}


/**
 * `n` updates from one writer: 80 % inserts of 1-3 characters at a random position, 20 % one-
 * character deletes, each its own transaction and so its own update message; a round trip every
 * `batch` updates keeps the send buffer bounded (and shows the server kept up). The writer keeps
 * within the Room's default per-socket limits (socket-budget.ts; round trips are sync requests,
 * of which the Room answers ROOM_SYNC_REQUESTS_PER_MINUTE): faster, the Room closes it 4429, as
 * it did to this bench from the commit that brought those limits (d29d31e) on.
 */
export async function fill(server: Server, room: string, n: number, batch = 2500): Promise<Filled> {
  if (n / batch + 2 > ROOM_SYNC_REQUESTS_PER_MINUTE) throw new Error(`fill: ${Math.ceil(n / batch) + 2} sync requests are over the Room's ${ROOM_SYNC_REQUESTS_PER_MINUTE} a minute`);
  const writer = new BenchClient(await server.url(room, "writer"));
  const updates: Uint8Array[] = [];
  writer.doc.on("update", (u: Uint8Array) => updates.push(u));
  await writer.connect();
  const random = seededRandom("42").next;
  const budget = new SocketBudget();
  const sentAt: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const wait = budget.take(performance.now());
    if (wait > 0) await sleep(wait);
    sentAt.push(performance.now());
    const len = writer.text.length;
    if (len > 20 && random() < 0.2) writer.text.delete(Math.floor(random() * len), 1);
    else writer.text.insert(Math.floor(random() * (len + 1)), "abcdefghij".slice(0, 1 + Math.floor(random() * 3)));
    if ((i + 1) % batch === 0) await writer.roundTrip();
  }
  await writer.roundTrip();
  const fillMs = performance.now() - t0;
  const text = writer.text.toString();
  await writer.close();
  writer.doc.destroy();
  return { room, text, updates, fillMs, sentAt };
}

/**
 * Times one new client's connect to `room` and checks that it received all of `text` (unless
 * undefined: a new Duet room holds its starter code, not nothing).
 */
export async function timeLoad(server: Server, room: string, text: string | undefined, user = "loader"): Promise<LoadTime & { client: BenchClient }> {
  const client = new BenchClient(await server.url(room, user));
  const t = await client.connect();
  const got = client.text.toString();
  if (text !== undefined && got !== text) throw new Error(`${server.name}: ${room} loaded ${got.length} chars, expected ${text.length}`);
  return { startedAt: t.start, total: t.synced - t.start, afterOpen: t.synced - t.open, client };
}

/** Connects, times, disconnects. */
export async function timeLoadOnce(server: Server, room: string, text: string | undefined): Promise<LoadTime> {
  const { client, ...times } = await timeLoad(server, room, text);
  await client.close();
  client.doc.destroy();
  return times;
}

export interface YjsFloor {
  /** `Y.mergeUpdates(all)` then apply: what the Room's load does with a log-only doc. */
  mergeApplyMs: number;
  /** The same updates applied one by one inside one transaction. */
  applyEachMs: number;
  /** Applying the resulting snapshot (one update) to a new doc. */
  snapshotApplyMs: number;
  snapshotBytes: number;
}

/** The Yjs work alone, in this process (Node's V8), best of `runs`. */
export function yjsFloor(updates: Uint8Array[], runs = 3): YjsFloor {
  const best = (f: () => void) => {
    let min = Infinity;
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      f();
      min = Math.min(min, performance.now() - t);
    }
    return min;
  };
  const mergeApplyMs = best(() => Y.applyUpdate(new Y.Doc(), Y.mergeUpdates(updates)));
  const applyEachMs = best(() => {
    const doc = new Y.Doc();
    Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
  });
  const doc = new Y.Doc();
  Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
  const snapshot = Y.encodeStateAsUpdate(doc);
  const snapshotApplyMs = best(() => Y.applyUpdate(new Y.Doc(), snapshot));
  return { mergeApplyMs, applyEachMs, snapshotApplyMs, snapshotBytes: snapshot.byteLength };
}

export interface StoredLog {
  updates: number;
  snapshotSeq: number;
  snapshotBytes: number;
}

/**
 * What the Room stored for its code doc, read from the object's SQLite file with the `sqlite3`
 * CLI (read-only, while wrangler is stopped). Undefined without the CLI or the file.
 */
export function storedLog(persistTo: string, minUpdates: number): StoredLog | undefined {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith(".sqlite")) files.push(join(dir, e.name));
    }
  };
  try {
    walk(persistTo);
  } catch {
    return undefined;
  }
  const sql =
    "SELECT (SELECT count(*) FROM updates WHERE doc='code'), " +
    "(SELECT coalesce(max(seq),0) FROM snapshot_heads WHERE doc='code'), " +
    "(SELECT coalesce(max(bytes),0) FROM snapshot_heads WHERE doc='code');";
  for (const file of files) {
    try {
      const out = execFileSync("sqlite3", ["-readonly", "-separator", " ", file, sql], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      const [updates, snapshotSeq, snapshotBytes] = out.trim().split(" ").map(Number);
      if (updates >= minUpdates) return { updates, snapshotSeq, snapshotBytes };
    } catch {
      // not a Room database, or no sqlite3 CLI
    }
  }
  return undefined;
}
