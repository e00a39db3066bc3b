/**
 * Collaboration benchmark (issue 2): update fan-out latency, cold load of a 10,000-update room and
 * memory per idle room, for the Room under `wrangler dev` and, in the same run with the same
 * client code, for the stock Node y-websocket server. Prints the tables and writes them into the
 * `## Collaboration` section of bench/RESULTS.md.
 * Run: `npm run bench:collab` (measures the committed HEAD; BENCH_COMMIT=<rev> measures another commit;
 * COLLAB_FANOUT=c50[,…] only those fan-out scenarios, into `## Fan-out`: collab/fanout-only.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { coldLoads } from "./collab/cold-phase";
import { fill, storedLog, timeLoadOnce, yjsFloor } from "./collab/coldload";
import type { FanoutSpec } from "./collab/fanout";
import { fanoutOnly } from "./collab/fanout-only";
import { fanoutRounds, type ServerRounds } from "./collab/fanout-rounds";
import { describeStored, loadRows } from "./collab/load-rows";
import { idleRoomMemory } from "./collab/memory";
import { NOTES } from "./collab/notes";
import { cpuTable, fanoutTable, loadTable, memoryTable, render, roundsTable, writeSection, type FanoutRow, type Report } from "./collab/report";
import { writeSection as writeNamedSection } from "./runner/stats";
import { ROOT, snapshotHead, startDuet, startNodeBaseline, type Server } from "./collab/servers";
import { mib, ms, percentile, sleep, spreadText } from "./collab/stats";
// The Room's own: its checkpoint alarm fires this long after the first unsnapshotted update.
import { CHECKPOINT_DELAY_MS } from "../durable-objects/room/deadlines";

const UPDATES = 10_000;
const IDLE_ROOMS = 100;
/** Issue 17: each ratio the median of at least 5 rounds alternating the servers in one invocation. */
const ROUNDS = 5;
const SCENARIOS: FanoutSpec[] = [
  { label: "c2", rooms: 1, clientsPerRoom: 2, edits: 500, rounds: ROUNDS, warmup: 30, thinkMs: 5, jitterMs: 5 },
  { label: "c10", rooms: 1, clientsPerRoom: 10, edits: 500, rounds: ROUNDS, warmup: 30, thinkMs: 5, jitterMs: 5 },
  // 200 edits a round: a round's p99 is its 2nd-slowest edit, not its slowest
  { label: "c50", rooms: 1, clientsPerRoom: 50, edits: 1000, rounds: ROUNDS, warmup: 30, thinkMs: 5, jitterMs: 5 },
  // ~10 edits a second in every room, like typing: ~1,000 edits/s in all, each to 4 peers (500
  // sockets a round per server: 2 rounds, so its ratios are the mean of two, as the table says)
  { label: "r100", rooms: 100, clientsPerRoom: 5, edits: 10, rounds: 2, warmup: 2, thinkMs: 70, jitterMs: 60 },
];

const started = Date.now();
const runId = `b${started.toString(36)}`;
const running = new Set<Server>();
const temp: Array<() => void> = [];
const loadAvg: number[][] = [];
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

async function start<S extends Server>(make: () => Promise<S>): Promise<S> {
  const s = await make();
  running.add(s);
  return s;
}

async function stop(s: Server): Promise<void> {
  running.delete(s);
  await s.stop();
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temp.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Cold loads on their own storage, so no other room's checkpoint alarm wakes up during them. */
async function coldPhase(root: string, node: Server) {
  const persistTo = tempDir("duet-bench-cold-");
  const bigRoom = `${runId}-big`;
  let duet = await start(() => startDuet(root, persistTo));
  // (a) restart right after writing: the new object must load before the checkpoint alarm is due
  const duetFill = await fill(duet, bigRoom, UPDATES);
  await stop(duet);
  const storedA = storedLog(persistTo, UPDATES);
  duet = await start(() => startDuet(root, persistTo));
  const coldA = await coldLoads(duet, duetFill, `${runId}-empty-a`);
  // The Room checkpoints every EAGER_CHECKPOINT_TAIL updates at once, and a shorter tail
  // CHECKPOINT_DELAY_MS after its first update: (a) is cold if that alarm was not due yet.
  const tail = storedA ? storedA.updates - storedA.snapshotSeq : UPDATES;
  const tailStartedAt = duetFill.sentAt[Math.min(UPDATES - 1, UPDATES - tail)];
  const aIsCold = tail === 0 || coldA.bigCold.startedAt < tailStartedAt + CHECKPOINT_DELAY_MS - 250;
  log(`Duet: wrote ${UPDATES} updates in ${ms(duetFill.fillMs, 0)} (${describeStored(storedA)}); ` +
    `cold load (a) ${ms(coldA.bigCold.total)}, ${((coldA.bigCold.startedAt - tailStartedAt) / 1000).toFixed(1)} s after the log tail's first update`);
  const loadedAt = Date.now();

  // the baseline meanwhile (Node keeps its docs in memory: a load there is never cold)
  const nodeFill = await fill(node, bigRoom, UPDATES);
  const nodeLoads: number[] = [];
  for (let i = 0; i < 5; i++) nodeLoads.push((await timeLoadOnce(node, bigRoom, nodeFill.text)).total);
  log(`Node: wrote ${UPDATES} updates in ${ms(nodeFill.fillMs, 0)}; loads ${nodeLoads.map((v) => v.toFixed(1)).join(", ")} ms`);
  const floor = yjsFloor(duetFill.updates);
  log(`Yjs in this process: ${JSON.stringify(floor)}`);

  // (b) the loaded Room checkpoints CHECKPOINT_DELAY_MS after its load; restart after that
  await sleep(Math.max(0, loadedAt + CHECKPOINT_DELAY_MS + 1500 - Date.now()));
  await stop(duet);
  const storedB = storedLog(persistTo, UPDATES);
  duet = await start(() => startDuet(root, persistTo));
  const coldB = await coldLoads(duet, duetFill, `${runId}-empty-b`);
  log(`cold load (b) ${ms(coldB.bigCold.total)} (${describeStored(storedB)})`);
  await stop(duet);
  return loadRows({ coldA, coldB, aIsCold, storedA, storedB, nodeLoad: percentile(nodeLoads, 50), duetFill, nodeFill, floor });
}

async function main(): Promise<void> {
  const only = process.env.COLLAB_FANOUT?.split(",").map((l) => l.trim()).filter(Boolean);
  if (only?.length) {
    const scenarios = SCENARIOS.filter((s) => only.includes(s.label));
    if (scenarios.length !== only.length) throw new Error(`COLLAB_FANOUT: scenarios are ${SCENARIOS.map((s) => s.label).join(", ")}`);
    const text = await fanoutOnly(scenarios, runId, { start, tempDir, cleanup: (r) => temp.push(r), log });
    console.log(`\n${text}\n`);
    writeNamedSection(join(ROOT, "bench/RESULTS.md"), "## Fan-out", text);
    return log("written to bench/RESULTS.md");
  }
  const src = snapshotHead();
  temp.push(() => src.remove());
  log(`run ${runId}: HEAD ${src.commit.slice(0, 10)} copied to ${src.root}; load average ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
  loadAvg.push(loadavg());
  let node = await start(startNodeBaseline);
  const loads = await coldPhase(src.root, node);

  // Memory first, on a fresh workerd and a fresh Node server; then fan-out on the same ones.
  const duet = await start(() => startDuet(src.root, tempDir("duet-bench-fanout-")));
  await stop(node);
  node = await start(startNodeBaseline);
  const [duetMem, nodeMem] = [await idleRoomMemory(duet, IDLE_ROOMS, runId), await idleRoomMemory(node, IDLE_ROOMS, runId)];
  log(`memory per idle room: Duet ${mib(duetMem.perRoomIdle)}, Node ${mib(nodeMem.perRoomIdle)}`);

  const fanout: FanoutRow[] = [];
  for (const spec of SCENARIOS) {
    const [n, d, direct] = await fanoutRounds(spec, duet.direct ? [node, duet, duet.direct] : [node, duet], runId);
    fanout.push({ spec, node: n, duet: d, direct });
    const one = (s: ServerRounds | undefined) => s ? `${s.name} ${ms(s.merged.p50)}/${ms(s.merged.p99)} (ratio p50 ${spreadText(s.ratios?.p50)}, p99 ${spreadText(s.ratios?.p99)})` : "";
    log(`fan-out ${spec.label}: p50/p99 ${one(n)}; ${one(d)}; ${one(direct)}`);
  }
  loadAvg.push(loadavg());

  const report: Report = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    durationS: (Date.now() - started) / 1000,
    commit: src.commit,
    loadAvg,
    wrangler: createRequire(join(ROOT, "package.json"))("wrangler/package.json").version as string,
    fanout,
    loads,
    memory: { duet: duetMem, node: nodeMem },
    notes: NOTES,
  };
  console.log(`\n${fanoutTable(fanout)}\n\n${roundsTable(fanout)}\n\n${cpuTable(fanout)}\n\n${loadTable(loads)}\n\n${memoryTable(report.memory)}\n`);
  writeSection(join(ROOT, "bench/RESULTS.md"), render(report));
  log("written to bench/RESULTS.md");
}


main()
  .catch((e) => {
    console.error(e);
    for (const s of running) console.error(`--- ${s.name} output (tail) ---\n${s.output().slice(-4000)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await Promise.allSettled([...running].map((s) => s.stop()));
    for (const remove of temp) remove();
  });
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    void Promise.allSettled([...running].map((s) => s.stop())).then(() => process.exit(130));
  });
}
