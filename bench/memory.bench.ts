/**
 * Memory per idle room (issue 17): what one idle room costs in Duet's runtime (workerd under
 * `wrangler dev`), split into the Worker isolate's JS heap, its SQLite files and the rest, next to
 * reference Durable Objects that hold a socket and little else (bench/memory/empty-worker) and to
 * the stock Node y-websocket server, in alternating rounds of one invocation. Writes the
 * `## Memory` section of bench/RESULTS.md.
 * Run: `npm run bench:memory` (the committed HEAD; BENCH_COMMIT=<rev> another commit;
 * MEMORY_BEFORE=<rev> also measures that commit in the same rounds; MEMORY_ROUNDS, MEMORY_ROOMS;
 * MEMORY_RENDER=<figures.json> rewrites the section from a run's saved figures without measuring).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, snapshotHead, type Snapshot } from "./collab/servers";
import { measureRound, type RoundFigures } from "./memory/measure";
import { render, type Report } from "./memory/report";
import { duetServer, nodeServer, referenceServer, type MemoryServer } from "./memory/rooms";
import { writeSectionNamed } from "./memory/section";

const ROUNDS = Number(process.env.MEMORY_ROUNDS ?? 5);
const ROOMS = Number(process.env.MEMORY_ROOMS ?? 40);
/** The stock server's RSS moves by a few MiB with its GC: more rooms, so that a room's ~50 KiB shows above it. */
const NODE_ROOMS = ROOMS * 5;
const NODE = "Node y-websocket";

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}`);

interface Contender {
  label: string;
  start(): Promise<MemoryServer>;
}

async function measure(): Promise<Report> {
  const snapshots: Snapshot[] = [];
  const head = snapshotHead();
  snapshots.push(head);
  const duet = (s: Snapshot): Contender => ({ label: `Duet ${s.commit.slice(0, 7)}`, start: () => duetServer(s.root, `Duet ${s.commit.slice(0, 7)}`) });
  const contenders: Contender[] = [
    { label: NODE, start: nodeServer },
    { label: "empty object", start: () => referenceServer(head.root, "empty", "empty object") },
    { label: "object + 1 SQLite table", start: () => referenceServer(head.root, "sql-row", "object + 1 SQLite table") },
    { label: "object + the Room's storage", start: () => referenceServer(head.root, "room-storage", "object + the Room's storage") },
    duet(head),
  ];
  if (process.env.MEMORY_BEFORE) {
    const before = snapshotHead(process.env.MEMORY_BEFORE);
    snapshots.push(before);
    contenders.push(duet(before));
  }
  const loadAtStart = loadavg();
  const rounds: RoundFigures[][] = [];
  let running: MemoryServer | undefined;
  try {
    for (let r = 0; r < ROUNDS; r++) {
      const round: RoundFigures[] = [];
      for (const c of contenders.map((_, i) => contenders[(i + r) % contenders.length])) {
        log(`round ${r + 1}/${ROUNDS}: ${c.label}`);
        running = await c.start();
        // heap snapshots every round for Duet (its split's median), once for the references
        const figures = await measureRound(running, c.label === NODE ? NODE_ROOMS : ROOMS, `m${started.toString(36)}r${r}`, c.label.startsWith("Duet") || r === 0, log);
        await running.stop();
        running = undefined;
        log(`  ${c.label}: runtime +${(figures.idle.runtime / 1024).toFixed(0)} KiB/room idle, heap ${figures.heap ? `${(figures.heap.perRoom / 1024).toFixed(1)} KiB` : "n/a"}`);
        round.push(figures);
      }
      rounds.push(round);
    }
  } finally {
    await running?.stop();
    for (const s of snapshots) s.remove();
  }
  const report: Report = {
    rounds,
    rooms: ROOMS,
    commits: contenders.filter((c) => c.label.startsWith("Duet")).map((c) => c.label),
    load: [loadAtStart, loadavg()],
    date: new Date().toISOString().slice(0, 10),
  };
  const saved = join(tmpdir(), `duet-bench-memory-${started}.json`);
  writeFileSync(saved, JSON.stringify(report));
  log(`figures saved: ${saved} (MEMORY_RENDER=${saved} renders them again)`);
  return report;
}

const report: Report = process.env.MEMORY_RENDER ? JSON.parse(readFileSync(process.env.MEMORY_RENDER, "utf8")) : await measure();
const section = render(report);
console.log(`\n${section}`);
if (report.rounds.length >= 5) writeSectionNamed(join(ROOT, "bench/RESULTS.md"), "Memory", section);
else log("fewer than 5 rounds: bench/RESULTS.md left as it is");
