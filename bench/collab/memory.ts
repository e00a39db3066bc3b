/**
 * Memory per idle room: RSS of the server's whole process tree before and after opening `n`
 * rooms, each with one client that wrote a small program (~130 characters) and then idles:
 * 3 s after writing, again after 15 s of idling (checkpoint alarms have run, and an object that
 * can hibernate has had the time to), and 3 s after every client left. Per room = growth / n.
 */
import { BenchClient } from "./client";
import { treeRss } from "./procfs";
import type { Server } from "./servers";
import { pool, sleep } from "./stats";

const PROGRAM = "def solve(nums):\n    seen = {}\n    for i, x in enumerate(nums):\n        if x in seen:\n            return i\n        seen[x] = i\n";
const SETTLE_MS = 3000;
const IDLE_MS = 15_000;

export interface MemoryResult {
  rooms: number;
  baseRss: number;
  /** Per room, 3 s after each room's client wrote. */
  perRoomActive: number;
  /** Per room, after the clients sat idle (still connected) for 15 s more. */
  perRoomIdle: number;
  /** Per room, 3 s after all clients left (rooms stay resident until the server evicts them). */
  perRoomAfterClose: number;
}

export async function idleRoomMemory(server: Server, n: number, runId: string): Promise<MemoryResult> {
  await sleep(SETTLE_MS);
  const baseRss = treeRss(server.pid);
  const perRoom = () => (treeRss(server.pid) - baseRss) / n;
  const clients = await Promise.all(Array.from({ length: n }, async (_, i) => new BenchClient(await server.url(`${runId}-idle-r${i}`, "u0"))));
  try {
    await pool(clients, 20, async (c) => {
      await c.connect();
      for (const line of PROGRAM.split("\n")) c.text.insert(c.text.length, `${line}\n`);
      await c.roundTrip();
    });
    await sleep(SETTLE_MS);
    const perRoomActive = perRoom();
    await sleep(IDLE_MS);
    const perRoomIdle = perRoom();
    await pool(clients, 50, (c) => c.close());
    await sleep(SETTLE_MS);
    return { rooms: n, baseRss, perRoomActive, perRoomIdle, perRoomAfterClose: perRoom() };
  } finally {
    await pool(clients, 50, (c) => c.close());
    for (const c of clients) c.doc.destroy();
  }
}
