/**
 * The benchmark's tables, printed and written as the `## Collaboration` section of
 * bench/RESULTS.md (other sections of that file belong to other benchmarks and are kept).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import type { FanoutSpec } from "./fanout";
import type { ServerRounds } from "./fanout-rounds";
import type { MemoryResult } from "./memory";
import { mib, ms, ratio, spreadText, table } from "./stats";

export interface FanoutRow {
  spec: FanoutSpec;
  /** The baseline: the stock Node y-websocket server. */
  node: ServerRounds;
  duet: ServerRounds;
  /** Duet with the dev proxy skipped, if its runtime socket was found. */
  direct?: ServerRounds;
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

/** Issue 17's goals for the ratios against the stock server (p50 and p99 alike), by their median. */
const GOAL_THROUGH_PROXY = 1.5;
const GOAL_NO_PROXY = 1.0;

const scenarioName = (spec: FanoutSpec) =>
  spec.rooms === 1 ? `1 room × ${spec.clientsPerRoom} clients` : `${spec.rooms} rooms × ${spec.clientsPerRoom} clients`;

function goal(s: ServerRounds | undefined, max: number): string {
  if (!s?.ratios) return "n/a";
  const ok = s.ratios.p50.median <= max && s.ratios.p99.median <= max;
  return `≤${max.toFixed(1)}x ${ok ? "ok" : "MISS"}`;
}

const pair = (s: ServerRounds | undefined) => (s ? `${ms(s.merged.p50)} / ${ms(s.merged.p99)}` : "n/a");

export function fanoutTable(rows: FanoutRow[]): string {
  return table(
    ["scenario", "rounds × edits", "Node p50 / p99", "Duet p50 / p99", "Duet/Node p50", "Duet/Node p99", "no-proxy p50 / p99", "no-proxy/Node p50", "no-proxy/Node p99", "lost", "dropped", "goals (Duet; no-proxy)"],
    rows.map(({ spec, node, duet, direct }) => [
      scenarioName(spec),
      `${spec.rounds ?? 1} × ${Math.round(spec.edits / (spec.rounds ?? 1)) * spec.rooms}`,
      pair(node), pair(duet), spreadText(duet.ratios?.p50), spreadText(duet.ratios?.p99),
      pair(direct), spreadText(direct?.ratios?.p50), spreadText(direct?.ratios?.p99),
      [node, duet, direct].map((r) => (r ? String(r.merged.lost) : "-")).join("/"),
      [node, duet, direct].map((r) => (r ? String(r.merged.dropped) : "-")).join("/"),
      `${goal(duet, GOAL_THROUGH_PROXY)}; ${goal(direct, GOAL_NO_PROXY)}`,
    ]),
  );
}

/** Every round of the 50-client room, so the median and its spread can be checked by eye. */
export function roundsTable(rows: FanoutRow[]): string {
  const row = rows.find((r) => r.spec.rooms === 1 && r.spec.clientsPerRoom === 50) ?? rows[rows.length - 1];
  const cell = (s: ServerRounds | undefined, i: number) => (s?.rounds[i] ? `${ms(s.rounds[i].p50)} / ${ms(s.rounds[i].p99)}` : "n/a");
  const x = (s: ServerRounds | undefined, i: number) =>
    s?.rounds[i] ? `${ratio(s.rounds[i].p50, row.node.rounds[i].p50)} / ${ratio(s.rounds[i].p99, row.node.rounds[i].p99)}` : "n/a";
  return table(
    [`${scenarioName(row.spec)}: round`, "Node p50 / p99", "Duet p50 / p99", "Duet/Node p50 / p99", "no-proxy p50 / p99", "no-proxy/Node p50 / p99"],
    row.node.rounds.map((_, i) => [String(i + 1), cell(row.node, i), cell(row.duet, i), x(row.duet, i), cell(row.direct, i), x(row.direct, i)]),
  );
}

export function cpuTable(rows: FanoutRow[]): string {
  const pct = (v: number | undefined) => (v === undefined ? "n/a" : `${v.toFixed(0)} %`);
  return table(
    ["scenario", "server CPU: Node / Duet / no-proxy", "bench process CPU: Node / Duet / no-proxy"],
    rows.map(({ spec, duet, direct, node }) => [
      scenarioName(spec),
      [node, duet, direct].map((r) => pct(r?.merged.serverCpuPct)).join(" / "),
      [node, duet, direct].map((r) => pct(r?.merged.clientCpuPct)).join(" / "),
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
    "p50 / p99 pooled over every round's edits; each ratio is the median of the rounds' own ratios (a server's round against the baseline's same round), with the min–max in brackets. Goals (issue 17), met by the median: ≤ 1.5× the stock server through `wrangler dev`, ≤ 1.0× with no proxy hop, p50 and p99 alike.",
    "",
    roundsTable(r.fanout),
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
