/**
 * Sockets benchmark (issue 17): 5,000 sockets open at once on one local dev server, in rooms of
 * five, every room typing at once; per-room fan-out latency, the time to open the sockets and the
 * servers' memory and descriptors, against the stock Node y-websocket server holding the same
 * 5,000 sockets in the same run. Writes the `## Sockets` section of bench/RESULTS.md.
 * Run: `npm run bench:sockets` (measures the committed HEAD; BENCH_COMMIT=<rev> another commit;
 * SOCKETS_ROOMS, SOCKETS_PER_ROOM, SOCKETS_ROUNDS; SOCKETS_WRITE=0 leaves RESULTS.md alone;
 * SOCKETS_JSON=<file> keeps the raw figures).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, snapshotHead, startDuet, startNodeBaseline, type Server } from "./collab/servers";
import { sleep } from "./collab/stats";
import { writeSection } from "./runner/stats";
import { census, gained, portOf, selfCensus, type Census } from "./sockets/census";
import { closeFleet, openFleet, type Fleet } from "./sockets/fleet";
import { render, type Sizing, type SocketsReport } from "./sockets/report";
import { EditWatch, typingRound, type TypingRound, type TypingSpec } from "./sockets/typing";

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
/** Interview rooms: an interviewer, a candidate and a few spectators; 1,000 of them make 5,000 sockets. */
const ROOMS = env("SOCKETS_ROOMS", 1000);
const PER_ROOM = env("SOCKETS_PER_ROOM", 5);
/** Issue 17: each ratio the median of at least 5 rounds alternating the servers in one invocation. */
const ROUNDS = env("SOCKETS_ROUNDS", 5);
/**
 * Two loads on the same open sockets: an edit every ~5 s in every room (interviews where someone
 * types now and then: ≈200 edits/s in all), then about one a second in every room at once (everyone
 * typing: ≈1,000 edits/s, each to 4 peers). SOCKETS_LEVELS=1 keeps the first only.
 */
const LEVELS: Array<{ label: string; spec: TypingSpec }> = [
  { label: "an edit every 4-6 s in every room", spec: { edits: 5, warmup: 1, thinkMs: 4000, jitterMs: 2000 } },
  { label: "an edit every 0.7-1.3 s in every room", spec: { edits: 5, warmup: 1, thinkMs: 700, jitterMs: 600 } },
].slice(0, env("SOCKETS_LEVELS", 2));
/** Sockets through wrangler dev's proxy, to measure what each one costs it. */
const PROBE_ROOMS = 40;

const started = Date.now();
const runId = `s${started.toString(36)}`;
const running = new Set<Server>();
const fleets: Fleet[] = [];
const temp: Array<() => void> = [];
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}`);

/**
 * Opens PROBE_ROOMS rooms of PER_ROOM sockets through wrangler dev's public port and counts what
 * each process gained: the descriptors per socket (and, for the runtime, per room) that size the test.
 */
async function measureCosts(duet: Server, roles: Map<number, string>): Promise<Pick<Sizing, "perSocket" | "runtimeFilesPerRoom" | "probe">> {
  const before = census(duet, roles);
  const probe = await openFleet(duet, PROBE_ROOMS, PER_ROOM, `${runId}-probe`, () => {});
  await sleep(1000);
  const after = census(duet, roles);
  const me = selfCensus();
  await closeFleet(probe);
  const sockets = PROBE_ROOMS * PER_ROOM;
  const perSocket: Record<string, number> = {};
  for (const p of after.processes) perSocket[p.role] = gained(before, after, p.role, sockets);
  perSocket["bench (clients)"] = 1;
  perSocket.runtime = gained(before, after, "runtime workerd", sockets, "sockets");
  return { perSocket, runtimeFilesPerRoom: gained(before, after, "runtime workerd", PROBE_ROOMS, "files"), probe: { before, after, self: me, sockets } };
}

async function main(): Promise<void> {
  const src = snapshotHead();
  temp.push(() => src.remove());
  const loadAvg = [loadavg()];
  log(`run ${runId}: HEAD ${src.commit.slice(0, 10)}; ${ROOMS} rooms × ${PER_ROOM}; load average ${loadAvg[0].map((l) => l.toFixed(2)).join(" ")}`);
  const persistTo = mkdtempSync(join(tmpdir(), "duet-bench-sockets-"));
  temp.push(() => rmSync(persistTo, { recursive: true, force: true }));
  const duet = await startDuet(src.root, persistTo);
  running.add(duet);
  const node = await startNodeBaseline();
  running.add(node);
  if (!duet.direct) throw new Error("the runtime workerd's own port was not found: 5,000 sockets do not fit through wrangler dev's proxy (see the sizing)");
  const direct = duet.direct;
  const roles = new Map([[portOf(await duet.url(`${runId}-port`, "u0")), "proxy workerd"], [portOf(await direct.url(`${runId}-port`, "u1")), "runtime workerd"]]);
  const nodeRoles = new Map([[portOf(await node.url(`${runId}-port`, "u0")), "y-websocket (node)"]]);

  // wrangler dev may restart the runtime workerd on a new port, which closes every socket: say so rather than measure it
  const runtimePid = census(duet, roles).processes.find((p) => p.role === "runtime workerd")?.pid;
  const checkRuntime = (when: string) => {
    const now = census(duet, roles).processes.filter((p) => p.name === "workerd").map((p) => `${p.pid} (${p.role})`);
    if (!now.includes(`${runtimePid} (runtime workerd)`)) throw new Error(`the runtime workerd (pid ${runtimePid}) was gone or off its port ${when}; workerd now: ${now.join(", ")}`);
  };

  const costs = await measureCosts(duet, roles);
  checkRuntime("after the descriptor probe");
  log(`descriptors per socket through wrangler dev: ${JSON.stringify(costs.perSocket)}; runtime files per room ${costs.runtimeFilesPerRoom.toFixed(1)}`);

  const watch = new EditWatch();
  const idle: Record<string, { before: Census; after: Census }> = {};
  for (const [server, r] of [[node, nodeRoles], [direct, roles]] as const) {
    const before = census(server, r);
    const fleet = await openFleet(server, ROOMS, PER_ROOM, runId, watch.seen);
    fleets.push(fleet);
    await sleep(3000);
    idle[server.name] = { before, after: census(server, r) };
    checkRuntime(`after opening ${server.name}'s sockets`);
    log(`${server.name}: ${ROOMS * PER_ROOM} sockets set up in ${(fleet.setupMs / 1000).toFixed(1)} s, connected in ${(fleet.connectMs / 1000).toFixed(1)} s (${fleet.retries} retries)`);
  }

  const levels: Array<{ label: string; spec: TypingSpec; rounds: TypingRound[][] }> = [];
  /** The section from what was measured so far: a run that stops midway still reports its finished rounds and why it stopped. */
  const publish = (stoppedBy?: string) => {
    const busy = { node: census(node, nodeRoles), duet: census(direct, roles), self: selfCensus() };
    const report: SocketsReport = {
      date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      durationS: (Date.now() - started) / 1000,
      commit: src.commit,
      wrangler: createRequire(join(ROOT, "package.json"))("wrangler/package.json").version as string,
      loadAvg: [...loadAvg, loadavg()],
      rooms: ROOMS,
      perRoom: PER_ROOM,
      levels: levels.map(({ label, spec, rounds }) => ({ label, spec, rounds: fleets.map((f, i) => ({ name: f.server.name, rounds: rounds[i] })) })),
      fleets: fleets.map((f, i) => ({ name: f.server.name, setupMs: f.setupMs, connectMs: f.connectMs, retries: f.retries, idle: idle[f.server.name], busy: i === 0 ? busy.node : busy.duet })),
      sizing: { ...costs, self: busy.self },
      stoppedBy,
    };
    // the figures as measured, so the section can be rendered again without a 20-minute run
    if (process.env.SOCKETS_JSON) writeFileSync(process.env.SOCKETS_JSON, JSON.stringify(report));
    const section = render(report);
    console.log(`\n${section}\n`);
    if (process.env.SOCKETS_WRITE !== "0") {
      writeSection(join(ROOT, "bench/RESULTS.md"), "## Sockets", section);
      log("written to bench/RESULTS.md");
    }
  };

  try {
    for (const { label, spec } of LEVELS) {
      const rounds: TypingRound[][] = fleets.map(() => []);
      levels.push({ label, spec, rounds });
      // the servers in turns, the order turning every round (as bench/collab/turns.ts), each round kept as it ends
      for (let round = 0; round < ROUNDS; round++) {
        for (let k = 0; k < fleets.length; k++) {
          const i = (round + k) % fleets.length;
          const result = await typingRound(fleets[i], watch, spec);
          checkRuntime(`in round ${round + 1} on ${fleets[i].server.name}`);
          rounds[i][round] = result;
          log(`${label}, round ${round + 1}, ${fleets[i].server.name}: p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(0)} ms, ` +
            `${result.editsPerSecond.toFixed(0)} edits/s, lost ${result.lost}, dropped ${result.dropped}, server CPU ${result.serverCpuPct.toFixed(0)} %, waiting for a core ${result.serverWaitPct.toFixed(0)} %`);
        }
      }
    }
  } catch (e) {
    publish(String(e instanceof Error ? e.message : e));
    throw e;
  }
  publish();
}

main()
  .catch((e) => {
    console.error(e);
    for (const s of running) console.error(`--- ${s.name} output (tail) ---\n${s.output().slice(-4000)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await Promise.allSettled(fleets.map(closeFleet));
    await Promise.allSettled([...running].map((s) => s.stop()));
    for (const remove of temp) remove();
  });
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.once(sig, () => {
    void Promise.allSettled([...running].map((s) => s.stop())).then(() => process.exit(130));
  });
}
