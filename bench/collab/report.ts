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
  wrangler: string;
  fanout: FanoutRow[];
  loads: LoadRow[];
  memory: { duet: MemoryResult; node: MemoryResult };
  notes: string[];
}

const P99_GOAL_MS = 25;
const RATIO_GOAL = 1.5;

export function fanoutTable(rows: FanoutRow[]): string {
  return table(
    ["scenario", "edits", "Duet p50", "Duet p99", "Node p50", "Node p99", "p50 ratio", "p99 ratio", "lost D/N", "goal"],
    rows.map(({ spec, duet, node }) => {
      const goals = [duet.p99 / node.p99 <= RATIO_GOAL ? `≤${RATIO_GOAL}x ok` : `>${RATIO_GOAL}x MISS`];
      if (spec.clientsPerRoom === 50) goals.unshift(duet.p99 < P99_GOAL_MS ? `<${P99_GOAL_MS} ms ok` : `≥${P99_GOAL_MS} ms MISS`);
      return [
        spec.rooms === 1 ? `1 room × ${spec.clientsPerRoom} clients` : `${spec.rooms} rooms × ${spec.clientsPerRoom} clients`,
        String(duet.edits),
        ms(duet.p50), ms(duet.p99), ms(node.p50), ms(node.p99),
        ratio(duet.p50, node.p50), ratio(duet.p99, node.p99),
        `${duet.lost}/${node.lost}`,
        goals.join(", "),
      ];
    }),
  );
}

export function loadTable(rows: LoadRow[]): string {
  return table(["cold load (10,000 updates)", "Duet", "Node baseline", "note"], rows.map((r) => [r.what, r.duet, r.node, r.note]));
}

export function memoryTable({ duet, node }: Report["memory"]): string {
  return table(
    ["memory per idle room", "Duet (workerd tree)", "Node baseline", "ratio"],
    [
      [`${duet.rooms} rooms, 1 idle client each`, mib(duet.perRoomConnected), mib(node.perRoomConnected), ratio(duet.perRoomConnected, node.perRoomConnected)],
      ["after the clients left", mib(duet.perRoomAfterClose), mib(node.perRoomAfterClose), ratio(duet.perRoomAfterClose, node.perRoomAfterClose)],
      ["server RSS before (whole tree)", mib(duet.baseRss), mib(node.baseRss), ""],
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
    "processes) and the Node baseline share the same 2 cores, so absolute figures include CPU contention.",
    "",
    "### Update fan-out latency (local edit → observed by every other client of the room)",
    "",
    fanoutTable(r.fanout),
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
