/**
 * bench:collab's fan-out scenarios alone (COLLAB_FANOUT=c50[,c10,…]): no cold loads, no memory
 * phase, a few minutes instead of the whole run, written to a `## Fan-out` section of its own so
 * the full `## Collaboration` section stays whole. COLLAB_BEFORE=<rev> adds that commit's Room,
 * without the dev proxy, to the same rounds: a before and after that share the machine's moment.
 */
import { loadavg } from "node:os";
import type { FanoutSpec } from "./fanout";
import { fanoutRounds, type ServerRounds } from "./fanout-rounds";
import { snapshotHead, startDuet, startNodeBaseline, type Server } from "./servers";
import { ms, spreadText, table } from "./stats";

export interface FanoutOnlyHost {
  start<S extends Server>(make: () => Promise<S>): Promise<S>;
  tempDir(prefix: string): string;
  cleanup(remove: () => void): void;
  log(msg: string): void;
}

export async function fanoutOnly(scenarios: FanoutSpec[], runId: string, host: FanoutOnlyHost): Promise<string> {
  const started = Date.now();
  const load0 = loadavg();
  const src = snapshotHead();
  host.cleanup(() => src.remove());
  const node = await host.start(startNodeBaseline);
  const duet = await host.start(() => startDuet(src.root, host.tempDir("duet-bench-fanout-")));
  const servers: Server[] = [node, duet, ...(duet.direct ? [duet.direct] : [])];
  const before = process.env.COLLAB_BEFORE;
  if (before) {
    const earlier = snapshotHead(before);
    host.cleanup(() => earlier.remove());
    const old = await host.start(() => startDuet(earlier.root, host.tempDir("duet-bench-fanout-before-")));
    servers.push({ ...(old.direct ?? old), name: `Duet at ${earlier.commit.slice(0, 7)}, no dev proxy` });
  }
  const tables: string[] = [];
  for (const spec of scenarios) {
    const rows = await fanoutRounds(spec, servers, runId);
    host.log(`fan-out ${spec.label}: ${rows.map((r) => `${r.name} ${ms(r.merged.p50)}/${ms(r.merged.p99)}`).join("; ")}`);
    tables.push(`**${spec.label}**: ${spec.rooms} room(s) × ${spec.clientsPerRoom} clients, ${spec.rounds ?? 1} rounds × ${Math.round(spec.edits / (spec.rounds ?? 1))} edits, one edit at a time, ${spec.thinkMs}–${spec.thinkMs + spec.jitterMs} ms apart\n\n${roundsTable(rows)}`);
  }
  const avg = (l: number[]) => l.map((v) => v.toFixed(2)).join(" ");
  return [
    `Command: \`COLLAB_FANOUT=${scenarios.map((s) => s.label).join(",")}${before ? ` COLLAB_BEFORE=${before}` : ""} npm run bench:collab\`, run ${new Date().toISOString().replace(/\.\d+Z$/, "Z")} on commit ${src.commit.slice(0, 10)}, took ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${avg(load0)} at the start, ${avg(loadavg())} at the end.`,
    "Latency = an edit sent by one client until the last other client in its room has it; the servers take turns round by round; ratios are each round's against the stock server's same round, their median with the min–max.",
    ...tables,
  ].join("\n\n");
}

function roundsTable(rows: ServerRounds[]): string {
  return table(
    ["server", "p50 / p99, all rounds", "p50 per round", "p99 per round", "ratio p50", "ratio p99", "lost"],
    rows.map((r) => [
      r.name,
      `${ms(r.merged.p50)} / ${ms(r.merged.p99)}`,
      r.rounds.map((x) => x.p50.toFixed(1)).join(", "),
      r.rounds.map((x) => x.p99.toFixed(1)).join(", "),
      r.ratios ? spreadText(r.ratios.p50) : "1",
      r.ratios ? spreadText(r.ratios.p99) : "1",
      String(r.merged.lost),
    ]),
  );
}
