/**
 * Memory per idle room: RSS of the server's whole process tree before and after opening `n`
 * rooms, each with one connected client that wrote a small program (~300 bytes) and then idles;
 * and again after every client has left. Per room = growth / n.
 */
import { BenchClient } from "./client";
import { treeRss, type Server } from "./servers";
import { pool, sleep } from "./stats";

const PROGRAM = "def solve(nums):\n    seen = {}\n    for i, x in enumerate(nums):\n        if x in seen:\n            return i\n        seen[x] = i\n    return -1\n";

export interface MemoryResult {
  rooms: number;
  baseRss: number;
  /** Per room, while each room has one connected, idle client. */
  perRoomConnected: number;
  /** Per room, after all clients left (rooms still resident until the server evicts them). */
  perRoomAfterClose: number;
}

export async function idleRoomMemory(server: Server, n: number, runId: string, settleMs = 3000): Promise<MemoryResult> {
  await sleep(settleMs);
  const baseRss = treeRss(server.pid);
  const clients = Array.from({ length: n }, (_, i) => new BenchClient(server.url(`${runId}-idle-r${i}`, "u0")));
  try {
    await pool(clients, 20, async (c) => {
      await c.connect();
      for (const line of PROGRAM.split("\n")) c.text.insert(c.text.length, `${line}\n`);
      await c.roundTrip();
    });
    await sleep(settleMs);
    const connected = treeRss(server.pid);
    await pool(clients, 50, (c) => c.close());
    await sleep(settleMs);
    const afterClose = treeRss(server.pid);
    return { rooms: n, baseRss, perRoomConnected: (connected - baseRss) / n, perRoomAfterClose: (afterClose - baseRss) / n };
  } finally {
    await pool(clients, 50, (c) => c.close());
    for (const c of clients) c.doc.destroy();
  }
}
