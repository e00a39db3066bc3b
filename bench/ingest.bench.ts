/**
 * Ingest benchmark (issue 17): how fast one room takes in a burst spread over 10 writer sockets,
 * each within the Room's default per-socket limits (durable-objects/room/limits.ts): a typing
 * burst (updates/s) and a paste burst (MB/s). Duet under `wrangler dev`, Duet at the runtime
 * workerd without the dev proxy, and the stock Node y-websocket server take turns round by round.
 * Prints the figures and writes them into the `## Ingest` section of bench/RESULTS.md.
 * Run: `npm run bench:ingest` (measures the committed HEAD; BENCH_COMMIT=<rev> another commit;
 * INGEST_ROUNDS, INGEST_KEYSTROKES (per writer) and INGEST_PROFILE=1 for a CPU profile of workerd;
 * INGEST_BEFORE=<rev> adds that commit's Room, without the dev proxy, to every round: a before and
 * after measured on the same machine at the same moment, which a busy machine otherwise denies).
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
/** INGEST_ROUNDS=0 with INGEST_PROFILE=1: only the profile (its own section), the figures left as they are. */
const ROUNDS = process.env.INGEST_ROUNDS === undefined ? 5 : Number(process.env.INGEST_ROUNDS);
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

/** The two tables: typing and paste, each server's rounds against the baseline's. */
function figures(typing: Rounds, paste: Rounds, baseline: string): string[] {
  return [
    `**Typing burst**: ${WRITERS} writers × ${KEYSTROKES.toLocaleString("en-US")} one-character updates, all sent at once, interleaved (${(WRITERS * KEYSTROKES).toLocaleString("en-US")} updates a round)\n\n${ratesTable(TYPING, typing, baseline)}`,
    `**Paste burst**: ${WRITERS} writers × ${PASTES} pastes of ${PASTE_CHARS / 1024} KiB (${((WRITERS * PASTES * PASTE_CHARS) / 1e6).toFixed(2)} MB a round)\n\n${ratesTable(PASTE, paste, baseline)}`,
  ];
}

/** Command, commit, machine and method: the section's opening paragraphs. */
function describe(commit: string, load0: number[], load1: number[], before?: string): string[] {
  const wrangler = createRequire(join(ROOT, "package.json"))("wrangler/package.json").version as string;
  const avg = (l: number[]) => l.map((v) => v.toFixed(2)).join(" ");
  return [
    `Command: \`npm run bench:ingest\` (\`tsx bench/ingest.bench.ts\`), run ${new Date().toISOString().replace(/\.\d+Z$/, "Z")} on commit ${commit.slice(0, 10)}, took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
    `Machine: ${cpus().length} cores, Node ${process.version}, wrangler ${wrangler}; load average ${avg(load0)} at the start, ${avg(load1)} at the end.`,
    `${ROUNDS} rounds after one warm-up round; in each round every server takes its turn (Duet through \`wrangler dev\`, the stock Node y-websocket server, Duet at the runtime workerd without the dev proxy), each burst into a fresh room; ratios are paired within a round. A burst counts as ingested when one reader client's Y.Doc holds every writer's last update (Duet broadcasts an update only once it is in the room's SQLite log). Writers are raw sockets sending pre-encoded y-websocket update frames; the reader and the writers run in the bench's one Node process on the same 2 cores as the servers. Server CPU = CPU time of the server's whole process tree (for Duet: wrangler's Node process and both workerd processes) from first send to done, per update.${before ? ` "${before}" is the product at that earlier commit, in its own \`wrangler dev\`, measured in the same rounds.` : ""}`,
  ];
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
  let beforeName: string | undefined;
  if (process.env.INGEST_BEFORE) {
    const earlier = snapshotHead(process.env.INGEST_BEFORE);
    res.onCleanup(() => earlier.remove());
    const before = await res.server(startDuet(earlier.root, res.tempDir("duet-bench-ingest-before-")));
    beforeName = `Duet at ${earlier.commit.slice(0, 7)}, no dev proxy`;
    servers.push({ ...(before.direct ?? before), name: beforeName });
    log(`before: ${earlier.commit.slice(0, 10)} as "${beforeName}"`);
  }

  const typing: Rounds = new Map();
  const paste: Rounds = new Map();
  for (let r = ROUNDS > 0 ? -1 : 0; r < ROUNDS; r++) {
    await round(servers, TYPING_SPEC, TYPING, r, typing);
    await round(servers, PASTE_SPEC, PASTE, r, paste);
  }
  const load1 = loadavg();
  const resultsPath = join(ROOT, "bench/RESULTS.md");
  const header = describe(src.commit, load0, load1, beforeName);
  const tables = ROUNDS > 0 ? figures(typing, paste, node.name) : [];
  if (ROUNDS > 0) {
    console.log(`\n${tables.join("\n\n")}\n`);
    writeSection(resultsPath, "## Ingest", [...header, ...tables].join("\n\n")); // kept even if what follows fails
  }
  const profile = process.env.INGEST_PROFILE ? await profileBurst(duet, `${runId}-profile`, TYPING_SPEC, log) : undefined;
  // what the typing rooms left in storage, read once workerd is gone
  await res.stop(duet);
  const rows = roomRows(persistTo, (WRITERS * KEYSTROKES) / 2);
  const storage = rows.length
    ? `**Storage per typing room** (each room's SQLite file after the run, \`sqlite3\`; ${WRITERS * KEYSTROKES} updates a room; ${rows.length} such rooms, the first 3 shown):\n\n${rowsTable(rows.slice(0, 3))}`
    : "Storage: no room file found (no `sqlite3` CLI?).";

  if (ROUNDS > 0) {
    const failures = failuresList([typing, paste]);
    const outcome = failures.length ? `Failures:\n\n${failures.map((f) => `- ${f}`).join("\n")}` : "No writer was closed or refused during the measured bursts.";
    writeSection(resultsPath, "## Ingest", [...header, ...tables, outcome, storage].join("\n\n"));
  }
  if (profile) writeSection(resultsPath, "## Ingest profile", [header[0], header[1], profile, ...(ROUNDS > 0 ? [] : [storage])].join("\n\n"));
  log("written to bench/RESULTS.md");
}

runBench(main);
