/**
 * A change measured against the commit before it, in one invocation: both builds run under
 * `wrangler dev` side by side and take turns (baseline, candidate, baseline, …) for ROUNDS rounds
 * of the same workload — update fan-out in one room of 2 and of 10, in 40 rooms of 5, a new
 * client's load of a 5,000-update room, a judged Run of Two Sum in every language (compiled
 * afresh, through each side's own runner and harnesses), and the Room's keystroke check micro-benchmark
 * (durable-objects/room/test/keystrokes.bench.ts, each side's own) — so load from elsewhere on the machine falls on both
 * alike. A figure "holds" when the candidate's median round lies within the baseline's min–max
 * spread (or below it: faster is fine). Prints the table and writes `## Versus` into
 * bench/RESULTS.md.
 *
 * Run: `npm run bench:versus -- <baseline rev> [candidate rev]` (candidate defaults to HEAD).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fill, timeLoadOnce } from "./collab/coldload";
import { runFanout, type FanoutSpec } from "./collab/fanout";
import { ROOT, snapshotHead, startDuet, type DuetServer, type Snapshot } from "./collab/servers";
import { ms, percentile, table } from "./collab/stats";
import { writeSection } from "./runner/stats";
import { JUDGED_LANGUAGES, judgedRunMs } from "./versus/judged";
// @ts-expect-error: plain ESM helper shared with the start script
import { startProduct } from "../scripts/lib/product.mjs";

const ROUNDS = 3;
const LOAD_UPDATES = 5_000;
const SCENARIOS: FanoutSpec[] = [
  { label: "c2", rooms: 1, clientsPerRoom: 2, edits: 200, warmup: 20, thinkMs: 5, jitterMs: 5 },
  { label: "c10", rooms: 1, clientsPerRoom: 10, edits: 200, warmup: 20, thinkMs: 5, jitterMs: 5 },
  { label: "r40", rooms: 40, clientsPerRoom: 5, edits: 8, warmup: 2, thinkMs: 70, jitterMs: 60 },
];

type Figures = Record<string, number>;
interface Side {
  snap: Snapshot;
  server?: DuetServer;
  /** The whole product (runner included) for judged runs. */
  product?: { baseUrl: string; stop(): Promise<void> };
  rounds: Figures[];
}

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${msg}`);
const cleanups: Array<() => Promise<void> | void> = [];

async function round(side: Side, n: number, runId: string, loadRoom: string, loadText: string): Promise<Figures> {
  const server = side.server!;
  const figures: Figures = {};
  for (const spec of SCENARIOS) {
    const r = await runFanout(server, { ...spec, label: `${spec.label}-${n}` }, runId);
    if (r.lost || r.dropped) throw new Error(`${side.snap.commit.slice(0, 10)} ${spec.label}: ${r.lost} lost, ${r.dropped} dropped`);
    figures[`fan-out ${spec.label} p50`] = r.p50;
    figures[`fan-out ${spec.label} p99`] = r.p99;
  }
  const loads = [];
  for (let i = 0; i < 5; i++) loads.push((await timeLoadOnce(server, loadRoom, loadText)).total);
  figures[`load of ${LOAD_UPDATES} updates p50`] = percentile(loads, 50);
  figures["keystroke check + apply (µs each)"] = keystrokeMicros(side.snap.root);
  for (const language of JUDGED_LANGUAGES) {
    figures[`judged Run, ${language} (compile + examples)`] = await judgedRunMs(side.product!.baseUrl, language, `${runId}-${n}`);
  }
  return figures;
}

/** The Room's write path per keystroke, as that commit's own micro-benchmark measures it. */
function keystrokeMicros(root: string): number {
  const out = execFileSync("npx", ["tsx", "durable-objects/room/test/keystrokes.bench.ts"], { cwd: root, encoding: "utf8" });
  const m = /^after: .*?([\d.]+) µs each$/m.exec(out);
  if (!m) throw new Error(`keystrokes.bench.ts printed no "after" figure:\n${out}`);
  return Number(m[1]);
}

const fmt = (figure: string, v: number) => (figure.includes("µs") ? `${v.toFixed(2)} µs` : ms(v));

function verdicts(base: Side, cand: Side): { rows: string[][]; held: boolean } {
  let held = true;
  const rows = Object.keys(base.rounds[0]).map((figure) => {
    const b = base.rounds.map((r) => r[figure]);
    const c = cand.rounds.map((r) => r[figure]);
    const [lo, hi] = [Math.min(...b), Math.max(...b)];
    const cMedian = percentile(c, 50);
    const holds = cMedian <= hi;
    held &&= holds;
    return [figure, `${fmt(figure, lo)} – ${fmt(figure, hi)}`, c.map((v) => fmt(figure, v)).join(", "), fmt(figure, cMedian), (cMedian / percentile(b, 50)).toFixed(2) + "x", holds ? "holds" : "SLOWER"];
  });
  return { rows, held };
}

async function main(): Promise<void> {
  const [baseRev, candRev = "HEAD"] = process.argv.slice(2);
  if (!baseRev) throw new Error("usage: npm run bench:versus -- <baseline rev> [candidate rev]");
  const sides: [Side, Side] = [{ snap: snapshotHead(baseRev), rounds: [] }, { snap: snapshotHead(candRev), rounds: [] }];
  for (const side of sides) {
    cleanups.push(() => side.snap.remove());
    const dir = mkdtempSync(join(tmpdir(), "duet-versus-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    side.server = await startDuet(side.snap.root, dir);
    cleanups.push(() => side.server!.stop());
    side.product = await startProduct(side.snap.root, { vars: { RATE_RUNS_PER_USER_PER_MINUTE: "10000", RATE_RUNS_PER_ROOM_PER_MINUTE: "10000", RATE_ROOM_CREATES_PER_MINUTE: "10000" } });
    cleanups.push(() => side.product!.stop());
  }
  const [base, cand] = sides;
  log(`baseline ${base.snap.commit.slice(0, 10)} vs candidate ${cand.snap.commit.slice(0, 10)}, ${ROUNDS} alternating rounds`);
  const runId = `v${started.toString(36)}`;
  const loadRoom = `${runId}-load`;
  const texts = new Map<Side, string>();
  for (const side of sides) texts.set(side, (await fill(side.server!, loadRoom, LOAD_UPDATES)).text);
  for (let n = 0; n < ROUNDS; n++) {
    for (const side of n % 2 === 0 ? sides : [cand, base]) {
      side.rounds.push(await round(side, n, runId, loadRoom, texts.get(side)!));
      log(`round ${n + 1} ${side === base ? "baseline" : "candidate"} done`);
    }
  }
  const { rows, held } = verdicts(base, cand);
  const body = table(["figure", "baseline min – max", "candidate rounds", "candidate median", "vs baseline median", ""], rows);
  console.log(`\n${body}\n`);
  const section = [
    `\`npm run bench:versus -- ${baseRev} ${candRev}\` on ${new Date().toISOString().slice(0, 10)}: baseline ${base.snap.commit.slice(0, 10)}, candidate ${cand.snap.commit.slice(0, 10)}, ${ROUNDS} alternating rounds under \`wrangler dev\` on this 2-core machine. A figure holds when the candidate's median round is at most the baseline's slowest round.`,
    "",
    body,
    "",
    held ? "Every figure holds." : "Some figures are slower than every baseline round: see SLOWER.",
    "",
  ].join("\n");
  writeSection(join(ROOT, "bench/RESULTS.md"), "## Versus", section);
  if (!held) process.exitCode = 2;
  log("written to bench/RESULTS.md");
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const c of cleanups.reverse()) await Promise.resolve(c()).catch(() => undefined);
  });
