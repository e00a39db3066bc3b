/**
 * One server's memory per idle room in one round: the process tree's resident memory before and
 * after opening `n` rooms (one client each that wrote a small program, then idles), per process
 * role; then the Worker isolate's JS heap per room from two heap snapshots, taken after the RSS
 * figures because a snapshot's own buffers stay resident in workerd and in wrangler.
 */
import { CHECKPOINT_DELAY_MS } from "../../durable-objects/room/deadlines";
import { sleep, pool } from "../collab/stats";
import { Inspector } from "./inspector";
import { objectFiles, sumOf, treeMemory, type ProcMemory } from "./procs";
import type { MemoryServer, RoomClient } from "./rooms";

const SETTLE_MS = 3000;
/** Longer than the Room's checkpoint delay: idle means its alarm has run. */
export const IDLE_MS = CHECKPOINT_DELAY_MS + 2_000;
/** Rooms opened between the two heap snapshots. */
const HEAP_ROOMS = 20;

export interface HeapFigures {
  /** V8 used heap growth per room, bytes. */
  perRoom: number;
  /** Live bytes and objects per room by constructor, largest first. */
  byConstructor: Array<{ name: string; bytes: number; count: number }>;
}

export interface RoundFigures {
  server: string;
  rooms: number;
  /** Growth per room, by process role and in all, at each moment; `anon` is private memory only. */
  active: Growth;
  idle: Growth;
  closed: Growth;
  /** Per room: SQLite database, WAL and shared-memory files on disk. */
  files?: { db: number; wal: number; shm: number };
  heap?: HeapFigures;
}

export interface Growth {
  tree: number;
  runtime: number;
  runtimeAnon: number;
  proxy: number;
  node: number;
}

function growth(before: ProcMemory[], after: ProcMemory[], n: number): Growth {
  const d = (pick: (p: ProcMemory) => number, role?: string) => (sumOf(after, pick, role) - sumOf(before, pick, role)) / n;
  const rss = (p: ProcMemory) => p.rss;
  const hasRuntime = after.some((p) => p.role === "runtime");
  return {
    tree: d(rss),
    // the Node server is its own runtime
    runtime: hasRuntime ? d(rss, "runtime") : d(rss, "node"),
    runtimeAnon: hasRuntime ? d((p) => p.anon, "runtime") : d((p) => p.anon, "node"),
    proxy: d(rss, "dev proxy"),
    node: hasRuntime ? d(rss, "node") : 0,
  };
}

async function openRooms(server: MemoryServer, names: string[]): Promise<RoomClient[]> {
  return pool(names, 10, (name) => server.open(name));
}

export async function measureRound(server: MemoryServer, n: number, runId: string, withHeap: boolean, log: (m: string) => void): Promise<RoundFigures> {
  const warm = await server.open(`${runId}-warm`); // first-use costs (code compiled, module state) are not a room's
  await sleep(SETTLE_MS);
  const base = treeMemory(server.pid, server.publicPort);
  const clients = await openRooms(server, Array.from({ length: n }, (_, i) => `${runId}-r${i}`));
  await sleep(SETTLE_MS);
  const active = growth(base, treeMemory(server.pid, server.publicPort), n);
  await sleep(IDLE_MS);
  const idle = growth(base, treeMemory(server.pid, server.publicPort), n);
  await pool(clients, 20, (c) => c.close());
  await sleep(SETTLE_MS);
  const closed = growth(base, treeMemory(server.pid, server.publicPort), n);
  const out: RoundFigures = { server: server.name, rooms: n, active, idle, closed };
  if (server.persistTo && server.classDir) {
    const f = objectFiles(server.persistTo, server.classDir);
    if (f.objects > 0) out.files = { db: f.db / f.objects, wal: f.wal / f.objects, shm: f.shm / f.objects };
  }
  if (withHeap && server.publicPort !== undefined) out.heap = await heapPerRoom(server, Math.min(n, HEAP_ROOMS), `${runId}-h`, log);
  await warm.close();
  return out;
}

/**
 * Heap snapshots before and 3 s after `n` more rooms were written, each client still connected:
 * the JS a loaded room keeps (later, an idle object whose sockets all hibernate may be evicted
 * from the isolate, and its heap with it).
 */
async function heapPerRoom(server: MemoryServer, n: number, prefix: string, log: (m: string) => void): Promise<HeapFigures | undefined> {
  let inspector: Inspector | undefined;
  try {
    inspector = await Inspector.attach(server.pid);
    const before = await inspector.usedHeap();
    const clients = await openRooms(server, Array.from({ length: n }, (_, i) => `${prefix}${i}`));
    await sleep(SETTLE_MS);
    const after = await inspector.usedHeap();
    await pool(clients, 20, (c) => c.close());
    const byConstructor = [...after.byConstructor]
      .map(([name, v]) => ({ name, bytes: (v.bytes - (before.byConstructor.get(name)?.bytes ?? 0)) / n, count: (v.count - (before.byConstructor.get(name)?.count ?? 0)) / n }))
      .sort((a, b) => b.bytes - a.bytes);
    return { perRoom: (after.used - before.used) / n, byConstructor };
  } catch (e) {
    log(`${server.name}: no heap figures (${(e as Error).message})`);
    return undefined;
  } finally {
    inspector?.close();
  }
}
