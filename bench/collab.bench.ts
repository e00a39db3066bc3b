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
import { fanoutTable, loadTable, memoryTable, render, writeSection, type FanoutRow, type LoadRow } from "./collab/report";
import { ROOT, snapshotHead, startDuet, startNodeBaseline, type Server, type Snapshot } from "./collab/servers";
import { ms, percentile } from "./collab/stats";

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
const persistTo = mkdtempSync(join(tmpdir(), "duet-bench-collab-"));
const running = new Set<Server>();
let src: Snapshot | undefined;
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

async function start(make: () => Promise<Server>): Promise<Server> {
  const s = await make();
  running.add(s);
  return s;
}

async function stop(s: Server): Promise<void> {
  running.delete(s);
  await s.stop();
}

async function main(): Promise<void> {
  src = snapshotHead();
  const root = src.root;
  log(`run ${runId}: HEAD ${src.commit.slice(0, 10)} copied to ${root}; wrangler storage ${persistTo}`);
  let node = await start(startNodeBaseline);
  let duet = await start(() => startDuet(root, persistTo));
  const bigRoom = `${runId}-big`;

  // 1. Fill, then restart at once: the new object must load before the checkpoint alarm is due.
  const duetFill = await fill(duet, bigRoom, UPDATES);
  await stop(duet);
  const storedA = storedLog(persistTo, UPDATES);
  duet = await start(() => startDuet(root, persistTo));
  const coldA = await coldLoads(duet, duetFill, `${runId}-empty-a`);
  const aIsCold = coldA.bigCold.startedAt < duetFill.firstUpdateAt + CHECKPOINT_DELAY_MS - 250;
  log(`Duet: wrote ${UPDATES} updates in ${ms(duetFill.fillMs, 0)} (${describeStored(storedA)}); ` +
    `cold load (a) ${ms(coldA.bigCold.total)}, ${((coldA.bigCold.startedAt - duetFill.firstUpdateAt) / 1000).toFixed(1)} s after the first update`);

  const nodeFill = await fill(node, bigRoom, UPDATES);
  const nodeLoads: number[] = [];
  for (let i = 0; i < 5; i++) nodeLoads.push((await timeLoadOnce(node, bigRoom, nodeFill.text)).total);
  log(`Node: wrote ${UPDATES} updates in ${ms(nodeFill.fillMs, 0)}; loads ${nodeLoads.map((v) => v.toFixed(1)).join(", ")} ms`);
  const floor = yjsFloor(duetFill.updates);
  log(`Yjs in this process: ${JSON.stringify(floor)}`);

  // 2. Fan-out, Duet and Node in turn per scenario (the checkpoint alarm fires meanwhile).
  const fanout: FanoutRow[] = [];
  for (const spec of SCENARIOS) {
    const d = await runFanout(duet, spec, runId);
    const n = await runFanout(node, spec, runId);
    fanout.push({ spec, duet: d, node: n });
    log(`fan-out ${spec.label}: Duet p50 ${ms(d.p50)} p99 ${ms(d.p99)} | Node p50 ${ms(n.p50)} p99 ${ms(n.p99)}`);
  }

  // 3. Cold load from the checkpoint.
  await stop(duet);
  const storedB = storedLog(persistTo, UPDATES);
  duet = await start(() => startDuet(root, persistTo));
  const coldB = await coldLoads(duet, duetFill, `${runId}-empty-b`);
  log(`cold load (b) ${ms(coldB.bigCold.total)} (${describeStored(storedB)})`);

  // 4. Memory per idle room: this fresh workerd, and a fresh Node server.
  const duetMem = await idleRoomMemory(duet, IDLE_ROOMS, runId);
  await stop(node);
  node = await start(startNodeBaseline);
  const nodeMem = await idleRoomMemory(node, IDLE_ROOMS, runId);
  log(`memory per idle room: Duet ${(duetMem.perRoomConnected / 1024).toFixed(0)} KiB, Node ${(nodeMem.perRoomConnected / 1024).toFixed(0)} KiB`);

  const loads = loadRows({ coldA, coldB, aIsCold, storedA, storedB, nodeLoad: percentile(nodeLoads, 50), duetFill, nodeFill, floor });
  const report = {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    durationS: (Date.now() - started) / 1000,
    commit: src.commit,
    wrangler: createRequire(join(ROOT, "package.json"))("wrangler/package.json").version as string,
    fanout,
    loads,
    memory: { duet: duetMem, node: nodeMem },
    notes: NOTES,
  };
  console.log(`\n${fanoutTable(fanout)}\n\n${loadTable(loads)}\n\n${memoryTable(report.memory)}\n`);
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
  "Clients: one real Y.Doc each, y-protocols sync framing over `ws` (`bench/collab/client.ts`), the same code for both servers; no awareness traffic. Duet: `ws://…/api/rooms/<room>/code?role=candidate` on `wrangler dev` (dev open rooms). Baseline: y-websocket@2 `bin/utils.cjs` `setupWSConnection` in its own `node` process, in-memory docs.",
  "Fan-out: a sender (rotating over the room's clients) inserts `#<id>;` into `code:python`; latency = local edit → the last other client of the room has applied it and seen the marker in its Y.Text observer. Closed loop per room: the next edit waits for the previous one to reach everyone, then 5-10 ms of think time (single room) or 70-130 ms (100 rooms, all rooms concurrently, ≈1,000 edits/s in all). Warm-up edits are not counted; `lost` = not seen by everyone within 5 s.",
  "Cold load: 10,000 updates from one writer (80 % inserts of 1-3 chars at random positions, 20 % one-char deletes, one update message each, as typing produces them); then `wrangler dev` is stopped and restarted on the same `--persist-to` storage, so the Room object (and workerd) is new, and the big room is the first thing loaded (as after a deploy). Time = `new WebSocket()` → first sync step 2 for a new client, checked to hold the full text. (a) restarts right after writing, so the load is the whole log, provided the connect comes before the checkpoint alarm is due (10 s after the first update; an overdue alarm wakes the object at start-up, and the table says so); (b) restarts after the alarm ran. What storage held is read from the object's SQLite file with the `sqlite3` CLI while wrangler is stopped.",
  "Memory: RSS summed over the server's process tree (/proc) after 3 s of settling, before and after opening 100 rooms with one client each that wrote ~130 characters and then idles, and again 3 s after the clients left; divided by 100. For Duet the tree is npm + wrangler's Node process + the proxy workerd + the runtime workerd.",
  "What runs: the committed HEAD, copied to a temporary directory (others edit the shared checkout, and `wrangler dev` restarts workerd on every file change), with `DUET_ENV=test`, `DEV_OPEN_ROOMS=1` and the per-IP connect rate limits raised out of the way; each connect still goes through the rate-limiter object.",
  "`wrangler dev` puts a proxy workerd between the client and the runtime workerd (an extra local hop production does not have).",
];

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await Promise.allSettled([...running].map((s) => s.stop()));
    rmSync(persistTo, { recursive: true, force: true });
    src?.remove();
  });
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    void Promise.allSettled([...running].map((s) => s.stop())).then(() => process.exit(130));
  });
}
