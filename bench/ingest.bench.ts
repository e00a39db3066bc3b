/**
 * Ingest benchmark (issue 17): how fast one room takes in a burst spread over 10 writer sockets,
 * each within the Room's default per-socket limits (durable-objects/room/limits.ts): a typing
 * burst (updates/s) and a paste burst (MB/s). Duet under `wrangler dev`, Duet at the runtime
 * workerd without the dev proxy, and the stock Node y-websocket server take turns round by round.
 * Prints the figures and writes them into the `## Ingest` section of bench/RESULTS.md.
 * Run: `npm run bench:ingest` (measures the committed HEAD; BENCH_COMMIT=<rev> another commit;
 * INGEST_ROUNDS, INGEST_KEYSTROKES (per writer) and INGEST_PROFILE=1 for a CPU profile of workerd).
 */
import { createRequire } from "node:module";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { ROOT, snapshotHead, startDuet, startNodeBaseline, type Server } from "./collab/servers";
import { writeSection } from "./runner/stats";
import { type BenchResources, runBench } from "./ingest/lifecycle";
import { pastingWriter, runBurst, typingWriter, type BurstSpec } from "./ingest/burst";
import { profileBurst } from "./ingest/profile";
import { roomRows, rowsTable } from "./ingest/rows";
import { failuresList, PASTE, ratesTable, TYPING, type Measure, type Rounds } from "./ingest/report";

const WRITERS = 10;
const ROUNDS = Number(process.env.INGEST_ROUNDS) || 5;
/**
 * Keystrokes per writer: all sent at once, so they must fit the per-socket message burst (5,000)
 * with room for the writer's own sync step 1; 2,000 × 10 writers = 20,000 updates a burst.
 */
const KEYSTROKES = Number(process.env.INGEST_KEYSTROKES) || 2_000;
/**
 * Pastes: 10 writers × 4 × 32 KiB = 1.25 MiB a room, under the code doc's 2 MiB limit and each
 * writer's 2 MiB byte burst.
 */
const PASTES = 4;
const PASTE_CHARS = 32 * 1024;

const TYPING_SPEC: BurstSpec = {
  label: "typing",
  writers: Array.from({ length: WRITERS }, (_, k) => typingWriter(1_000 + k, KEYSTROKES)),
};
const PASTE_SPEC: BurstSpec = {
  label: "paste",
  writers: Array.from({ length: WRITERS }, (_, k) => pastingWriter(2_000 + k, PASTES, PASTE_CHARS)),
};

const started = Date.now();
const runId = `i${started.toString(36)}`;
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);

/** Round `round` of `spec` on every server in turn; round -1 is the unmeasured warm-up. */
async function round(servers: Server[], spec: BurstSpec, m: Measure, roundNo: number, into: Rounds): Promise<void> {
  for (const [i, server] of servers.entries()) {
    const r = await runBurst(server, `${runId}-${spec.label}-${i}-${roundNo}`, spec);
    const figure = m.rate(r);
    log(`${spec.label} round ${roundNo} ${server.name}: ${r.updates} updates in ${r.ms.toFixed(0)} ms (sent in ${r.sendMs.toFixed(0)} ms) = ${figure.toFixed(m.unit === "MB/s" ? 2 : 0)} ${m.unit}; server CPU ${r.serverCpuMs.toFixed(0)} ms, bench CPU ${r.benchCpuMs.toFixed(0)} ms${r.failures.length ? `; ${r.failures.join("; ")}` : ""}`);
    if (roundNo >= 0) into.set(server.name, [...(into.get(server.name) ?? []), r]);
  }
}

async function main(res: BenchResources): Promise<void> {
  const src = snapshotHead();
  res.onCleanup(() => src.remove());
  const load0 = loadavg();
  log(`run ${runId}: HEAD ${src.commit.slice(0, 10)} copied to ${src.root}; load average ${load0.map((l) => l.toFixed(2)).join(" ")}`);
  const persistTo = res.tempDir("duet-bench-ingest-");
  const duet = await res.server(startDuet(src.root, persistTo));
  const node = await res.server(startNodeBaseline());
  const servers = duet.direct ? [duet, node, duet.direct] : [duet, node];

  const typing: Rounds = new Map();
  const paste: Rounds = new Map();
  for (let r = -1; r < ROUNDS; r++) {
    await round(servers, TYPING_SPEC, TYPING, r, typing);
    await round(servers, PASTE_SPEC, PASTE, r, paste);
  }
  const load1 = loadavg();
  const profile = process.env.INGEST_PROFILE ? await profileBurst(duet, `${runId}-profile`, TYPING_SPEC, log) : undefined;
  // what the typing rooms left in storage, read once workerd is gone
  await res.stop(duet);
  const rows = roomRows(persistTo, (WRITERS * KEYSTROKES) / 2);

  const tables = [
    `**Typing burst**: ${WRITERS} writers × ${KEYSTROKES.toLocaleString("en-US")} one-character updates, all sent at once, interleaved (${(WRITERS * KEYSTROKES).toLocaleString("en-US")} updates a round)\n\n${ratesTable(TYPING, typing, node.name)}`,
    `**Paste burst**: ${WRITERS} writers × ${PASTES} pastes of ${PASTE_CHARS / 1024} KiB (${((WRITERS * PASTES * PASTE_CHARS) / 1e6).toFixed(2)} MB a round)\n\n${ratesTable(PASTE, paste, node.name)}`,
  ];
  console.log(`\n${tables.join("\n\n")}\n`);
  const failures = failuresList([typing, paste]);
  const wrangler = createRequire(join(ROOT, "package.json"))("wrangler/package.json").version as string;
  const body = [
    `Command: \`npm run bench:ingest\` (\`tsx bench/ingest.bench.ts\`), run ${new Date().toISOString().replace(/\.\d+Z$/, "Z")} on commit ${src.commit.slice(0, 10)}, took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    `Machine: ${cpus().length} cores, Node ${process.version}, wrangler ${wrangler}; load average ${load0.map((l) => l.toFixed(2)).join(" ")} at the start, ${load1.map((l) => l.toFixed(2)).join(" ")} at the end.`,
    `${ROUNDS} rounds after one warm-up round; in each round every server takes its turn (Duet through \`wrangler dev\`, the stock Node y-websocket server, Duet at the runtime workerd without the dev proxy), each burst into a fresh room; ratios are paired within a round. A burst counts as ingested when one reader client's Y.Doc holds every writer's last update (Duet broadcasts an update only once it is in the room's SQLite log). Writers are raw sockets sending pre-encoded y-websocket update frames; the reader and the writers run in the bench's one Node process on the same 2 cores as the servers. Server CPU = CPU time of the server's whole process tree (for Duet: wrangler's Node process and both workerd processes) from first send to done, per update.`,
    ...tables,
    failures.length ? `Failures:\n\n${failures.map((f) => `- ${f}`).join("\n")}` : "No writer was closed or refused during the measured bursts.",
    rows.length
      ? `**Storage per typing room** (each room's SQLite file after the run, \`sqlite3\`; ${WRITERS * KEYSTROKES} updates a room):\n\n${rowsTable(rows)}`
      : "Storage: no room file found (no `sqlite3` CLI?).",
    ...(profile ? [profile] : []),
  ].join("\n\n");
  writeSection(join(ROOT, "bench/RESULTS.md"), "## Ingest", body);
  log("written to bench/RESULTS.md");
}

runBench(main);
