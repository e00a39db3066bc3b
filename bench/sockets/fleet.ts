/**
 * Thousands of sockets to one server, in rooms: created, joined and connected in small batches
 * (bench:collab found that 500 joins at once reset wrangler dev's connections), then kept open
 * for every round of the bench.
 */
import { performance } from "node:perf_hooks";
import { BenchClient, type SeenListener } from "../collab/client";
import type { Server } from "../collab/servers";
import { pool } from "../collab/stats";

/** Joins and connects in flight at once. */
const BATCH = 20;
const CONNECT_TRIES = 3;

export interface Fleet {
  server: Server;
  /** [room][seat]: seat 0 is the room's writer. */
  rooms: BenchClient[][];
  /** Rooms created and every seat joined (for Duet: POST /api/rooms, then POST …/join per seat). */
  setupMs: number;
  /** Every socket opened and synced (first sync step 2 received). */
  connectMs: number;
  /** Connects that failed and were made again. */
  retries: number;
}

export async function openFleet(server: Server, roomCount: number, perRoom: number, runId: string, onSeen: SeenListener): Promise<Fleet> {
  const seats = Array.from({ length: roomCount * perRoom }, (_, k) => k);
  const t0 = performance.now();
  // seat-major: the first pass creates every room with its writer, later passes join the others
  const urls = await pool(seats, BATCH, (k) => server.url(`${runId}-s${k % roomCount}`, `u${Math.floor(k / roomCount)}`));
  const setupMs = performance.now() - t0;
  let retries = 0;
  const t1 = performance.now();
  const clients = await pool(seats, BATCH, async (k) => {
    for (let attempt = 1; ; attempt++) {
      const client = new BenchClient(urls[k], onSeen);
      try {
        await client.connect();
        return client;
      } catch (e) {
        client.doc.destroy();
        if (attempt >= CONNECT_TRIES) throw e;
        retries++;
      }
    }
  });
  const connectMs = performance.now() - t1;
  const rooms = Array.from({ length: roomCount }, (_, r) => Array.from({ length: perRoom }, (_, s) => clients[s * roomCount + r]));
  return { server, rooms, setupMs, connectMs, retries };
}

export async function closeFleet(fleet: Fleet): Promise<void> {
  const all = fleet.rooms.flat();
  await pool(all, 50, (c) => c.close());
  for (const c of all) c.doc.destroy();
}
