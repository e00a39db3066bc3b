/**
 * The benchmark's tables, printed and written as the `## Collaboration` section of
 * bench/RESULTS.md (other sections of that file belong to other benchmarks and are kept).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import type { FanoutResult, FanoutSpec } from "./fanout";
import type { MemoryResult } from "./memory";
import { mib, ms, ratio, table } from "./stats";

export interface FanoutRow {
  spec: FanoutSpec;
  duet: FanoutResult;
  /** Duet with the dev proxy skipped, if its runtime socket was found. */
  direct?: FanoutResult;
  node: FanoutResult;
}

export interface LoadRow {
  what: string;
  duet: string;
  node: string;
  note: string;
}

export interface Report {
  date: string;
  durationS: number;
  commit: string;
  /** os.loadavg() at the start and after the fan-out. */
  loadAvg: number[][];
  wrangler: string;
  fanout: FanoutRow[];
  loads: LoadRow[];
  memory: { duet: MemoryResult; node: MemoryResult };
  notes: string[];
}

const P99_GOAL_MS = 25;
const RATIO_GOAL = 1.5;

const scenarioName = (spec: FanoutSpec) =>
  spec.rooms === 1 ? `1 room × ${spec.clientsPerRoom} clients` : `${spec.rooms} rooms × ${spec.clientsPerRoom} clients`;

function goals(spec: FanoutSpec, r: FanoutResult, node: FanoutResult): string {
  const out = [];
  if (spec.clientsPerRoom === 50 && spec.rooms === 1) out.push(r.p99 < P99_GOAL_MS ? "<25 ms ok" : "<25 ms MISS");
  out.push(r.p99 / node.p99 <= RATIO_GOAL ? "≤1.5x ok" : "≤1.5x MISS");
  return out.join(", ");
}

export function fanoutTable(rows: FanoutRow[]): string {
  return table(
    ["scenario", "edits", "Duet p50", "Duet p99", "no-proxy p50", "no-proxy p99", "Node p50", "Node p99", "p99 ratio", "no-proxy p99 ratio", "lost", "dropped", "goals (Duet; no-proxy)"],
    rows.map(({ spec, duet, direct, node }) => [
      scenarioName(spec),
      String(duet.edits),
      ms(duet.p50), ms(duet.p99), ms(direct?.p50 ?? NaN), ms(direct?.p99 ?? NaN), ms(node.p50), ms(node.p99),
      ratio(duet.p99, node.p99), direct ? ratio(direct.p99, node.p99) : "n/a",
      [duet, direct, node].map((r) => (r ? String(r.lost) : "-")).join("/"),
      [duet, direct, node].map((r) => (r ? String(r.dropped) : "-")).join("/"),
      `${goals(spec, duet, node)}; ${direct ? goals(spec, direct, node) : "n/a"}`,
    ]),
  );
}

export function cpuTable(rows: FanoutRow[]): string {
  const pct = (v: number | undefined) => (v === undefined ? "n/a" : `${v.toFixed(0)} %`);
  return table(
    ["scenario", "server CPU: Duet / no-proxy / Node", "bench process CPU: Duet / no-proxy / Node"],
    rows.map(({ spec, duet, direct, node }) => [
      scenarioName(spec),
      [duet, direct, node].map((r) => pct(r?.serverCpuPct)).join(" / "),
      [duet, direct, node].map((r) => pct(r?.clientCpuPct)).join(" / "),
    ]),
  );
}

export function loadTable(rows: LoadRow[]): string {
  return table(["cold load (10,000 updates)", "Duet", "Node baseline", "note"], rows.map((r) => [r.what, r.duet, r.node, r.note]));
}

export function memoryTable({ duet, node }: Report["memory"]): string {
  const row = (what: string, d: number, n: number) => [what, mib(d), mib(n), ratio(d, n)];
  return table(
    ["memory per idle room", "Duet (wrangler dev tree)", "Node baseline", "ratio"],
    [
      row(`${duet.rooms} rooms, 1 client each, 3 s after writing`, duet.perRoomActive, node.perRoomActive),
      row("same, after 15 s more of idling", duet.perRoomIdle, node.perRoomIdle),
      row("3 s after the clients left", duet.perRoomAfterClose, node.perRoomAfterClose),
      [`server RSS before (whole tree)`, mib(duet.baseRss), mib(node.baseRss), ""],
    ],
  );
}

export function render(r: Report): string {
  const cpu = cpus();
  return [
    "## Collaboration",
    "",
    `Command: \`npm run bench:collab\` (\`tsx bench/collab.bench.ts\`), run ${r.date} on commit ${r.commit.slice(0, 10)}, took ${r.durationS.toFixed(0)} s.`,
    `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? "unknown CPU"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.version}, wrangler ${r.wrangler}.`,
    "Everything on 127.0.0.1: the bench's clients, `wrangler dev` (its Node process and two workerd",
    "processes) and the Node baseline share the same 2 cores, so absolute figures include CPU contention;",
    `other work on the machine too: load average ${r.loadAvg.map((l) => l.map((v) => v.toFixed(2)).join(" ")).join(" at the start, ")} after the fan-out.`,
    "",
    "### Update fan-out latency (local edit → observed by every other client of the room)",
    "",
    fanoutTable(r.fanout),
    "",
    "CPU while the edits ran (% of one core; the machine has 2 cores in all):",
    "",
    cpuTable(r.fanout),
    "",
    "### Cold load",
    "",
    loadTable(r.loads),
    "",
    "### Memory",
    "",
    memoryTable(r.memory),
    "",
    "### How it was measured",
    "",
    ...r.notes.map((n) => `- ${n}`),
    "",
  ].join("\n");
}

/** Replaces (or appends) the `## Collaboration` section of `path`, creating the file if needed. */
export function writeSection(path: string, section: string): void {
  const header = "# Benchmark results\n\nWritten by the benchmarks in `bench/`; each section by its own `npm run bench:*` script.\n\n";
  const current = existsSync(path) ? readFileSync(path, "utf8") : header;
  const start = current.search(/^## Collaboration\s*$/m);
  if (start === -1) {
    writeFileSync(path, `${current.trimEnd()}\n\n${section}`);
    return;
  }
  const rest = current.slice(start + 1);
  const nextRel = rest.search(/^## /m);
  const end = nextRel === -1 ? current.length : start + 1 + nextRel;
  writeFileSync(path, `${current.slice(0, start)}${section}${end < current.length ? `\n${current.slice(end)}` : ""}`);
}
