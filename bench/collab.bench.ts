/**
 * Collaboration benchmark (issue 2): update fan-out latency, cold load of a 10,000-update room and
 * memory per idle room, for the Room under `wrangler dev` and, in the same run with the same
 * client code, for the stock Node y-websocket server. Prints the tables and writes them into the
 * `## Collaboration` section of bench/RESULTS.md.   Run: `npm run bench:collab`
 */
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { coldLoads, type ColdLoads } from "./collab/cold-phase";
import { fill, storedLog, timeLoadOnce, yjsFloor, type Filled, type StoredLog, type YjsFloor } from "./collab/coldload";
import { runFanout, type FanoutSpec } from "./collab/fanout";
import { idleRoomMemory } from "./collab/memory";
import { cpuTable, fanoutTable, loadTable, memoryTable, render, writeSection, type FanoutRow, type LoadRow, type Report } from "./collab/report";
import { ROOT, snapshotHead, startDuet, startNodeBaseline, type Server } from "./collab/servers";
import { mib, ms, percentile, sleep } from "./collab/stats";

const UPDATES = 10_000;
/** The Room's CHECKPOINT_DELAY_MS: its checkpoint alarm fires this long after the first unsnapshotted update. */
const CHECKPOINT_DELAY_MS = 10_000;
const IDLE_ROOMS = 100;
const SCENARIOS: FanoutSpec[] = [
  { label: "c2", rooms: 1, clientsPerRoom: 2, edits: 500, warmup: 30, thinkMs: 5, jitterMs: 5 },
  { label: "c10", rooms: 1, clientsPerRoom: 10, edits: 500, warmup: 30, thinkMs: 5, jitterMs: 5 },
  { label: "c50", rooms: 1, clientsPerRoom: 50, edits: 500, warmup: 30, thinkMs: 5, jitterMs: 5 },
  // ~10 edits a second in every room, like typing: ~1,000 edits/s in all, each to 4 peers
  { label: "r100", rooms: 100, clientsPerRoom: 5, edits: 10, warmup: 2, thinkMs: 70, jitterMs: 60 },
];

const started = Date.now();
const runId = `b${started.toString(36)}`;
const running = new Set<Server>();
const temp: Array<() => void> = [];
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
  const aIsCold = coldA.bigCold.startedAt < duetFill.firstUpdateAt + CHECKPOINT_DELAY_MS - 250;
  log(`Duet: wrote ${UPDATES} updates in ${ms(duetFill.fillMs, 0)} (${describeStored(storedA)}); ` +
    `cold load (a) ${ms(coldA.bigCold.total)}, ${((coldA.bigCold.startedAt - duetFill.firstUpdateAt) / 1000).toFixed(1)} s after the first update`);
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
  const src = snapshotHead();
  temp.push(() => src.remove());
  log(`run ${runId}: HEAD ${src.commit.slice(0, 10)} copied to ${src.root}`);
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
    const row: FanoutRow = { spec, duet: await runFanout(duet, spec, runId), node: await runFanout(node, spec, runId) };
    if (duet.direct) row.direct = await runFanout(duet.direct, { ...spec, label: `${spec.label}d` }, runId);
    fanout.push(row);
    log(`fan-out ${spec.label}: p50/p99 Duet ${ms(row.duet.p50)}/${ms(row.duet.p99)}, no proxy ${ms(row.direct?.p50 ?? NaN)}/${ms(row.direct?.p99 ?? NaN)}, Node ${ms(row.node.p50)}/${ms(row.node.p99)}`);
  }

  const report: Report = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    durationS: (Date.now() - started) / 1000,
    commit: src.commit,
    wrangler: createRequire(join(ROOT, "package.json"))("wrangler/package.json").version as string,
    fanout,
    loads,
    memory: { duet: duetMem, node: nodeMem },
    notes: NOTES,
  };
  console.log(`\n${fanoutTable(fanout)}\n\n${cpuTable(fanout)}\n\n${loadTable(loads)}\n\n${memoryTable(report.memory)}\n`);
  writeSection(join(ROOT, "bench/RESULTS.md"), render(report));
  log("written to bench/RESULTS.md");
}

function describeStored(s: StoredLog | undefined): string {
  if (!s) return "storage unknown (no sqlite3 CLI or database not found)";
  return s.snapshotSeq > 0
    ? `snapshot @${s.snapshotSeq} (${(s.snapshotBytes / 1024).toFixed(0)} KiB) + ${s.updates - s.snapshotSeq} updates after it`
    : `no snapshot, ${s.updates} logged updates`;
}

function loadRows(r: {
  coldA: ColdLoads; coldB: ColdLoads; aIsCold: boolean; storedA?: StoredLog; storedB?: StoredLog; nodeLoad: number;
  duetFill: Filled; nodeFill: Filled; floor: YjsFloor;
}): LoadRow[] {
  const rate = (f: Filled) => `${ms(f.fillMs, 0)} (${Math.round((UPDATES / f.fillMs) * 1000)}/s)`;
  return [
    {
      what: "(a) cold object, right after writing", duet: ms(r.coldA.bigCold.total), node: ms(r.nodeLoad),
      note: `${describeStored(r.storedA)}${r.aIsCold ? "" : "; NOT COLD: the checkpoint alarm was due before this connect"}; Node: in memory, never cold`,
    },
    { what: "(a) of which open → step 2", duet: ms(r.coldA.bigCold.afterOpen), node: "", note: "the load runs before the 101, so mostly before open" },
    { what: "(b) cold object, after the checkpoint", duet: ms(r.coldB.bigCold.total), node: ms(r.nodeLoad), note: describeStored(r.storedB) },
    { what: "warm object, median of 5 (a) / (b)", duet: `${ms(r.coldA.bigWarm)} / ${ms(r.coldB.bigWarm)}`, node: ms(r.nodeLoad), note: "room already loaded; Node: median of 5" },
    { what: "cold empty room (a) / (b)", duet: `${ms(r.coldA.emptyCold)} / ${ms(r.coldB.emptyCold)}`, node: "", note: "object start-up alone" },
    {
      what: "Yjs alone: mergeUpdates(10k) + apply", duet: ms(r.floor.mergeApplyMs), node: "",
      note: `bench process, best of 3; the same updates applied one by one in one transaction: ${ms(r.floor.applyEachMs)}; ` +
        `applying the ${(r.floor.snapshotBytes / 1024).toFixed(0)} KiB snapshot: ${ms(r.floor.snapshotApplyMs)}`,
    },
    { what: "writing the 10,000 updates", duet: rate(r.duetFill), node: rate(r.nodeFill), note: "one writer, a round trip every 1,000" },
  ];
}

const NOTES = [
  "What runs: the committed HEAD, copied to a temporary directory (others edit the shared checkout, and `wrangler dev` restarts workerd on every file change), under `wrangler dev` with `DUET_ENV=test`, `DEV_OPEN_ROOMS=1` and the per-IP connect rate limits raised out of the way (each connect still goes through the rate-limiter object). Baseline: y-websocket@2's `bin/utils.cjs` `setupWSConnection` in its own `node` process, docs in memory (its stock default).",
  "`wrangler dev` puts a proxy workerd between clients and the runtime workerd, a local hop production does not have; the \"no-proxy\" columns connect straight to the runtime workerd's socket (found through /proc), same process, same objects.",
  "Clients: one real Y.Doc each, y-protocols sync framing over `ws` (`bench/collab/client.ts`), the same code for every server; no awareness traffic; all clients live in the bench's one Node process.",
  "Fan-out: a sender (rotating over the room's clients) inserts `#<id>;` into `code:python`; latency = local edit → the last other client of the room has applied it and seen the marker in its Y.Text observer. Closed loop per room: the next edit waits for the previous one to reach everyone, then 5-10 ms of think time (single room) or 70-130 ms (100 rooms, all at once, ≈1,000 edits/s in all). Warm-up edits are not counted; `lost` (Duet/no-proxy/Node) = not seen by everyone within 5 s. CPU = CPU time of the server's process tree and of the bench process during the edits, over wall time.",
  "Cold load: 10,000 updates from one writer (80 % inserts of 1-3 chars at random positions, 20 % one-char deletes, one update message each, as typing produces them), on a `wrangler dev` with storage of its own; then it is stopped and restarted on the same `--persist-to`, so workerd and the Room object are new, and the big room is the first thing loaded (as after a deploy). Time = `new WebSocket()` → first sync step 2 for a new client, checked to hold the full text. (a) restarts right after writing, so the load is the whole log (valid if the connect comes before the checkpoint alarm is due: 10 s after the first update; an overdue alarm would wake the object at start-up, and the table would say so); (b) restarts once the reloaded Room has run its checkpoint alarm. What storage held is read from the object's SQLite file with the `sqlite3` CLI while wrangler is stopped.",
  "Memory: RSS summed over the server's process tree (/proc) before and after opening 100 rooms with one client each that wrote ~130 characters (7 updates), 3 s after writing, after 15 s more of idling, and 3 s after the clients left; divided by 100. For Duet the tree is npm + wrangler's Node process + the proxy workerd + the runtime workerd (only the runtime grows).",
];

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
