/**
 * One round of typing across every room of a fleet at once: in each room the writer (seat 0)
 * inserts a marked edit, waits until every other seat of the room observed it, then pauses like
 * a person typing; latency = local edit → the last seat of the room has applied it.
 *
 * Two phases: every room's warm-up edits first, all of them done before any measured edit. A
 * Duet room left idle while the other server typed has hibernated, and its warm-up wakes it;
 * measured edits sent while a thousand other rooms are still waking would time the wake storm,
 * not the fan-out. The wake phase is reported on its own (how long until every room answered,
 * and its edits' latency).
 */
import { performance } from "node:perf_hooks";
import type { BenchClient } from "../collab/client";
import { treeCpuMs, treeRss } from "../collab/procfs";
import { percentile, sleep } from "../collab/stats";
import type { Fleet } from "./fleet";
import { treeSched } from "./sched";

export interface TypingSpec {
  /** Measured edits per room, after `warmup` unmeasured ones (a room idle since the last round may have hibernated). */
  edits: number;
  warmup: number;
  /** Pause after an edit reached the room, plus up to `jitterMs` at random. */
  thinkMs: number;
  jitterMs: number;
}

export interface TypingRound {
  /** Every measured edit of every room. */
  samples: number[];
  /** Measured latencies per room, [room][edit]. */
  perRoom: number[][];
  /** The warm-up phase: every room's warm-up edits, from the round's start until the last was seen (or timed out). */
  wake: { ms: number; samples: number[]; lost: number };
  /** Every measured edit as [sent, latency] in ms, sent counted from the measured phase's start: when the slow ones came. */
  timeline: Array<[number, number]>;
  p50: number;
  p99: number;
  max: number;
  /** Edits not seen by the whole room within EDIT_TIMEOUT_MS. */
  lost: number;
  /** Sockets found closed by the server during the round. */
  dropped: number;
  /** Measured edits sent over the measured phase's wall time: the load the server carried. */
  editsPerSecond: number;
  /** % of one core over the measured phase: the server's process tree; this bench process (all clients of every fleet). */
  serverCpuPct: number;
  clientCpuPct: number;
  /** Time the server's threads, and this process's, spent runnable but waiting for a core, in % of the measured phase's wall time. */
  serverWaitPct: number;
  clientWaitPct: number;
  /** RSS of the server's process tree at the end of the round. */
  rss: number;
}

const EDIT_TIMEOUT_MS = 5000;

/** Edits in flight, by id: how many seats still have to see each one. */
export class EditWatch {
  #next = 1;
  readonly #waiting = new Map<number, { left: number; last: number; arrived: () => void }>();

  seen = (id: number, at: number): void => {
    const w = this.#waiting.get(id);
    if (!w) return;
    w.last = Math.max(w.last, at);
    if (--w.left === 0) w.arrived();
  };

  /** The edit's latency to the last of `receivers` seats, or undefined if one did not see it in time. */
  async edit(writer: BenchClient, receivers: number): Promise<number | undefined> {
    const id = this.#next++;
    let timer: NodeJS.Timeout | undefined;
    const entry = { left: receivers, last: 0, arrived: () => {} };
    const done = new Promise<boolean>((resolve) => {
      entry.arrived = () => resolve(true);
      timer = setTimeout(() => resolve(false), EDIT_TIMEOUT_MS);
    });
    this.#waiting.set(id, entry);
    const t0 = performance.now();
    writer.edit(id);
    const ok = await done;
    clearTimeout(timer);
    this.#waiting.delete(id);
    return ok ? entry.last - t0 : undefined;
  }
}

export async function typingRound(fleet: Fleet, watch: EditWatch, spec: TypingSpec): Promise<TypingRound> {
  const perRoom: number[][] = fleet.rooms.map(() => []);
  const closedIn = (room: BenchClient[], r: number) => {
    const closed = room.filter((c) => c.closed).length;
    if (closed > 0) console.warn(`${fleet.server.name}: room ${r} lost ${closed} sockets (${room.find((c) => c.closed)?.closed?.code})`);
    return closed;
  };
  let dropped = 0;
  const spread = () => sleep(Math.random() * (spec.thinkMs + spec.jitterMs));

  const wakeAt = performance.now();
  const wake = { ms: 0, samples: [] as number[], lost: 0 };
  await Promise.all(fleet.rooms.map(async (room, r) => {
    await spread();
    for (let i = 0; i < spec.warmup && closedIn(room, r) === 0; i++) {
      const latency = await watch.edit(room[0], room.length - 1);
      if (latency === undefined) wake.lost++;
      else wake.samples.push(latency);
    }
  }));
  wake.ms = performance.now() - wakeAt;

  let lost = 0;
  let sent = 0;
  const timeline: Array<[number, number]> = [];
  const cpu0 = { server: treeCpuMs(fleet.server.pid), client: process.cpuUsage(), at: performance.now() };
  const wait0 = { server: treeSched(fleet.server.pid).wait, client: treeSched(process.pid).wait };
  await Promise.all(fleet.rooms.map(async (room, r) => {
    await spread();
    for (let i = 0; i < spec.edits; i++) {
      const closed = closedIn(room, r);
      if (closed > 0) return void (dropped += closed);
      const at = performance.now() - cpu0.at;
      const latency = await watch.edit(room[0], room.length - 1);
      sent++;
      if (latency === undefined) lost++;
      else {
        perRoom[r].push(latency);
        timeline.push([Math.round(at), latency]);
      }
      await sleep(spec.thinkMs + Math.random() * spec.jitterMs);
    }
  }));
  const wall = performance.now() - cpu0.at;
  const client = process.cpuUsage(cpu0.client);
  const samples = perRoom.flat();
  return {
    samples,
    perRoom,
    wake,
    timeline,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
    lost,
    dropped,
    editsPerSecond: sent / (wall / 1000),
    serverCpuPct: ((treeCpuMs(fleet.server.pid) - cpu0.server) / wall) * 100,
    clientCpuPct: ((client.user + client.system) / 1000 / wall) * 100,
    serverWaitPct: ((treeSched(fleet.server.pid).wait - wait0.server) / 1e6 / wall) * 100,
    clientWaitPct: ((treeSched(process.pid).wait - wait0.client) / 1e6 / wall) * 100,
    rss: treeRss(fleet.server.pid),
  };
}
