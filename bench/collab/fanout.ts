/**
 * Update fan-out latency: in each room one sender (rotating over the room's clients) inserts a
 * marked edit; its latency is the time from the local edit to the moment the *last* other client
 * of the room has applied and observed it. Each room is a closed loop with think time (next edit
 * only after the previous one reached everybody, then a pause), so we measure latency, not queueing.
 */
import { performance } from "node:perf_hooks";
import { BenchClient } from "./client";
import { treeCpuMs } from "./procfs";
import type { Server } from "./servers";
import { percentile, pool, sleep } from "./stats";

export interface FanoutSpec {
  label: string;
  rooms: number;
  clientsPerRoom: number;
  /** Measured edits per room (over all rounds), after `warmup` unmeasured ones (in each round). */
  edits: number;
  /** Rounds per server (fanout-rounds.ts; 1 if unset): ratios are the median of the rounds. */
  rounds?: number;
  warmup: number;
  /** Pause after an edit reached everyone, plus up to `jitterMs` at random. */
  thinkMs: number;
  jitterMs: number;
}

export interface FanoutResult {
  edits: number;
  lost: number;
  /** Sockets the server closed during the edits (their rooms stopped there). */
  dropped: number;
  /** Edit → last receiver, per edit. */
  p50: number;
  p99: number;
  max: number;
  /** Time to connect and sync all clients (20 at a time). */
  connectAllMs: number;
  /** CPU used while the edits ran, in % of one core: the server's process tree, and this bench process (all clients). */
  serverCpuPct: number;
  clientCpuPct: number;
  /** Every measured edit's latency, in the order the edits completed. */
  samples: number[];
}

const EDIT_TIMEOUT_MS = 5000;
/** Past this many lost edits (or 5 % of them) a scenario is broken, not slow: stop it. */
const MAX_LOST = 5;

interface Pending {
  t0: number;
  left: number;
  last: number;
  measured: boolean;
  done: () => void;
}

class Tracker {
  readonly perEdit: number[] = [];
  lost = 0;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  seen = (id: number, at: number): void => {
    const p = this.#pending.get(id);
    if (!p) return;
    p.last = Math.max(p.last, at);
    if (--p.left === 0) p.done();
  };

  /** Sends one edit from `sender` and resolves when `receivers` clients observed it (or it timed out). */
  async send(sender: BenchClient, receivers: number, measured: boolean): Promise<void> {
    const id = this.#nextId++;
    const p: Pending = { t0: 0, left: receivers, last: 0, measured, done: () => {} };
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<boolean>((resolve) => {
      p.done = () => resolve(true);
      timer = setTimeout(() => resolve(false), EDIT_TIMEOUT_MS);
    });
    this.#pending.set(id, p);
    p.t0 = performance.now();
    sender.edit(id);
    const ok = await arrived;
    clearTimeout(timer);
    this.#pending.delete(id);
    if (!measured) return;
    if (ok) this.perEdit.push(p.last - p.t0);
    else this.lost++;
  }
}

export async function runFanout(server: Server, spec: FanoutSpec, runId: string): Promise<FanoutResult> {
  const tracker = new Tracker();
  // Set-up 20 at a time: 500 joins at once reset wrangler dev's connections (ECONNRESET).
  const seats = Array.from({ length: spec.rooms * spec.clientsPerRoom }, (_, k) => [Math.floor(k / spec.clientsPerRoom), k % spec.clientsPerRoom]);
  const made = await pool(seats, 20, async ([r, c]) => new BenchClient(await server.url(`${runId}-${spec.label}-r${r}`, `u${c}`), tracker.seen));
  const rooms = Array.from({ length: spec.rooms }, (_, r) => made.slice(r * spec.clientsPerRoom, (r + 1) * spec.clientsPerRoom));
  const all = rooms.flat();
  const maxLost = Math.max(MAX_LOST, 0.05 * spec.rooms * spec.edits);
  let dropped = 0;
  const t0 = performance.now();
  try {
    await pool(all, 20, (c) => c.connect());
    const connectAllMs = performance.now() - t0;
    await sleep(300);
    const cpu0 = { server: treeCpuMs(server.pid), client: process.cpuUsage(), at: performance.now() };
    await Promise.all(rooms.map(async (clients) => {
      await sleep(Math.random() * (spec.thinkMs + spec.jitterMs));
      for (let i = 0; i < spec.warmup + spec.edits; i++) {
        const dead = clients.filter((c) => c.closed);
        if (dead.length > 0) {
          // the server dropped a socket: this room stops; the table reports it
          dropped += dead.length;
          console.warn(`${server.name}: ${dead[0].url} closed mid-scenario (${dead[0].closed!.code} ${dead[0].closed!.reason})`);
          return;
        }
        if (tracker.lost > maxLost) throw new Error(`${server.name}: over ${maxLost} edits lost in ${spec.label}`);
        await tracker.send(clients[i % clients.length], clients.length - 1, i >= spec.warmup);
        await sleep(spec.thinkMs + Math.random() * spec.jitterMs);
      }
    }));
    const wall = performance.now() - cpu0.at;
    const client = process.cpuUsage(cpu0.client);
    return {
      edits: tracker.perEdit.length,
      lost: tracker.lost,
      dropped,
      p50: percentile(tracker.perEdit, 50),
      p99: percentile(tracker.perEdit, 99),
      max: percentile(tracker.perEdit, 100),
      connectAllMs,
      serverCpuPct: ((treeCpuMs(server.pid) - cpu0.server) / wall) * 100,
      clientCpuPct: ((client.user + client.system) / 1000 / wall) * 100,
      samples: tracker.perEdit,
    };
  } finally {
    await pool(all, 50, (c) => c.close());
    for (const c of all) c.doc.destroy();
  }
}

/** Several rounds of one scenario as one result (rounds alternate between servers, spreading noise). */
export function mergeRounds(rounds: FanoutResult[]): FanoutResult {
  const samples = rounds.flatMap((r) => r.samples);
  const mean = (f: (r: FanoutResult) => number) => rounds.reduce((sum, r) => sum + f(r), 0) / rounds.length;
  return {
    edits: samples.length,
    lost: rounds.reduce((sum, r) => sum + r.lost, 0),
    dropped: rounds.reduce((sum, r) => sum + r.dropped, 0),
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
    connectAllMs: mean((r) => r.connectAllMs),
    serverCpuPct: mean((r) => r.serverCpuPct),
    clientCpuPct: mean((r) => r.clientCpuPct),
    samples,
  };
}
