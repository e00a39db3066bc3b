/** bench:memory's tables: medians over rounds with the min–max, ratios taken per round against the stock server's same round. */
import { DOC_NAMES } from "../../contracts/wire";
import { mib, spread, table, type Spread } from "../collab/stats";
import { IDLE_MS, type Growth, type RoundFigures } from "./measure";
import { MEMORY_NOTES } from "./notes";

export interface Report {
  rounds: RoundFigures[][];
  rooms: number;
  commits: string[];
  load: [number[], number[]];
  date: string;
}

const NODE = "Node y-websocket";
const EMPTY = "empty object";
const STORAGE = "object + the Room's storage";

const sizeSpread = (s: Spread) => (Number.isFinite(s.median) ? `${mib(s.median)} (${mib(s.min)}–${mib(s.max)})` : "n/a");
const ratioSpread = (s: Spread) => (Number.isFinite(s.median) ? `${s.median.toFixed(2)}x (${s.min.toFixed(2)}–${s.max.toFixed(2)})` : "n/a");

function names(r: Report): string[] {
  return r.rounds[0].map((f) => f.server).sort((a, b) => order(a) - order(b));
}
const order = (name: string) => (name === NODE ? 0 : name === EMPTY ? 1 : name.startsWith("Duet") ? 3 : 2);

/** Per round, `pick` of `server`'s figures (rounds where it is missing are left out). */
function perRound(r: Report, server: string, pick: (f: RoundFigures) => number | undefined): number[] {
  return r.rounds.map((round) => {
    const f = round.find((x) => x.server === server);
    return f ? (pick(f) ?? NaN) : NaN;
  });
}

/** Per round, `pick(server) / pick(Node)`. */
function ratios(r: Report, server: string, pick: (f: RoundFigures) => number | undefined): Spread {
  const a = perRound(r, server, pick);
  const b = perRound(r, NODE, (f) => f.idle.runtime);
  return spread(a.map((v, i) => v / b[i]));
}

const moment = (g: Growth) => g.runtime;

/**
 * JS heap per loaded room. Rooms of the idle phase are evicted from the isolate (hibernated) while
 * the heap snapshots are taken, so the heap's change is divided by the change in loaded rooms, told
 * by their Y.Docs (one per doc of DOC_NAMES), not by the rooms opened; without Y.Docs (the
 * reference objects), by the rooms opened.
 */
function heapPerRoom(f: RoundFigures): number | undefined {
  if (!f.heap) return undefined;
  return heapTotal(f.heap.byConstructor) / loadedRooms(f.heap.byConstructor);
}

const heapTotal = (rows: Array<{ bytes: number }>) => rows.reduce((n, c) => n + c.bytes, 0);

/** Loaded rooms per room opened: 1 unless some were evicted meanwhile. */
function loadedRooms(rows: Array<{ name: string; count: number }>): number {
  const docs = rows.find((c) => c.name === "_Doc")?.count;
  return docs ? docs / DOC_NAMES.length : 1;
}

export function render(r: Report): string {
  const servers = names(r);
  const fmt = (v: number[]) => sizeSpread(spread(v));
  const main = table(
    ["per idle room (client connected)", "runtime RSS", "of which private", "whole tree RSS", "JS heap", "SQLite files on disk", "runtime / Node"],
    servers.map((s) => {
      const files = r.rounds.flat().find((f) => f.server === s)?.files;
      return [
        s,
        fmt(perRound(r, s, (f) => f.idle.runtime)),
        fmt(perRound(r, s, (f) => f.idle.runtimeAnon)),
        fmt(perRound(r, s, (f) => f.idle.tree)),
        s === NODE ? "—" : fmt(perRound(r, s, heapPerRoom)),
        files ? `${mib(files.db)} + WAL ${mib(files.wal)} + shm ${mib(files.shm)}` : "—",
        s === NODE ? "1x" : ratioSpread(ratios(r, s, (f) => f.idle.runtime)),
      ];
    }),
  );
  const moments = table(
    ["runtime RSS per room", "3 s after writing", `after ${(IDLE_MS / 1000).toFixed(0)} s more idle`, "3 s after the client left", "dev proxy (idle)", "wrangler node (idle)"],
    servers.map((s) => [
      s,
      fmt(perRound(r, s, (f) => moment(f.active))),
      fmt(perRound(r, s, (f) => moment(f.idle))),
      fmt(perRound(r, s, (f) => moment(f.closed))),
      s === NODE ? "—" : fmt(perRound(r, s, (f) => f.idle.proxy)),
      s === NODE ? "—" : fmt(perRound(r, s, (f) => f.idle.node)),
    ]),
  );
  const emptyRuntime = perRound(r, EMPTY, (f) => f.idle.runtime);
  const emptyHeap = spread(perRound(r, EMPTY, heapPerRoom)).median;
  const storage = perRound(r, STORAGE, (f) => f.idle.runtime).map((v, i) => v - emptyRuntime[i]);
  const splits = r.commits.map((duet) => {
    const runtime = perRound(r, duet, (f) => f.idle.runtime);
    const heap = perRound(r, duet, heapPerRoom);
    const own = runtime.map((v, i) => v - emptyRuntime[i]);
    const nodeRuntime = perRound(r, NODE, (f) => f.idle.runtime);
    return table(
      [`${duet}: one idle room`, "per room", "vs Node's whole room"],
      [
        ["runtime RSS (workerd that runs the objects)", fmt(runtime), ratioSpread(spread(runtime.map((v, i) => v / nodeRuntime[i])))],
        ["  JS heap (V8, live objects after GC)", fmt(heap), ratioSpread(spread(heap.map((v, i) => v / nodeRuntime[i])))],
        ["  native: SQLite, sockets, the object's runtime state", fmt(runtime.map((v, i) => v - heap[i])), ""],
        [`  of which an empty object costs the runtime (its heap ${mib(emptyHeap)})`, fmt(emptyRuntime), ""],
        ["  of which the Room's storage, opened (object + the Room's storage − an empty object)", fmt(storage), ""],
        ["what the Room's code owns (runtime RSS − an empty object's)", fmt(own), ratioSpread(spread(own.map((v, i) => v / nodeRuntime[i])))],
      ],
    );
  });
  const heapTables = r.commits.map((duet) => {
    const withHeap = r.rounds.map((round) => round.find((f) => f.server === duet)?.heap).filter((h) => h !== undefined);
    if (withHeap.length === 0) return "";
    const mid = [...withHeap].sort((a, b) => a.perRoom - b.perRoom)[Math.floor((withHeap.length - 1) / 2)];
    const rooms = loadedRooms(mid.byConstructor);
    return table(
      [`${duet}: JS heap per loaded room by constructor (median round)`, "bytes", "objects"],
      mid.byConstructor
        .map((c) => ({ ...c, bytes: c.bytes / rooms, count: c.count / rooms }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 20)
        .map((c) => [c.name.slice(0, 70), c.bytes.toFixed(0), c.count.toFixed(1)]),
    );
  });
  const la = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  return [
    "## Memory",
    "",
    `Command: \`npm run bench:memory\` — ${r.date}, this 2-core machine, ${r.rounds.length} rounds × ${r.rooms} rooms per server (${r.rooms * 5} for the stock server), servers alternating; load average (1/5/15 min) ${la(r.load[0])} at the start, ${la(r.load[1])} at the end. Each figure: median of the rounds (min–max); a ratio is taken per round against the stock server's same round.`,
    "",
    main,
    "",
    ...splits.flatMap((t) => [t, ""]),
    moments,
    "",
    ...heapTables.filter(Boolean).flatMap((t) => [t, ""]),
    MEMORY_NOTES,
    "",
  ].join("\n");
}
