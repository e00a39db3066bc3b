/**
 * A fan-out scenario measured in turns (turns.ts): the stock server first in the list as the
 * baseline, each other server's p50 and p99 against it as the median of the rounds.
 */
import { mergeRounds, runFanout, type FanoutResult, type FanoutSpec } from "./fanout";
import type { Server } from "./servers";
import type { Spread } from "./stats";
import { inTurns, versusBaseline } from "./turns";

export interface Ratios {
  p50: Spread;
  p99: Spread;
}

export interface ServerRounds {
  name: string;
  /** Every round's samples together. */
  merged: FanoutResult;
  rounds: FanoutResult[];
  /** Against the baseline's same round; undefined for the baseline itself. */
  ratios?: Ratios;
}

/** `servers[0]` is the baseline every other server is compared with. */
export async function fanoutRounds(spec: FanoutSpec, servers: Server[], runId: string): Promise<ServerRounds[]> {
  const n = spec.rounds ?? 1;
  const rounds = await inTurns(servers, n, (server, i, round) =>
    runFanout(server, { ...spec, label: `${spec.label}-${i}-${round}`, edits: Math.round(spec.edits / n) }, runId));
  const [base] = rounds;
  return servers.map((s, i) => ({
    name: s.name,
    merged: mergeRounds(rounds[i]),
    rounds: rounds[i],
    ratios: i === 0 ? undefined : {
      p50: versusBaseline(rounds[i], base, (r: FanoutResult) => r.p50),
      p99: versusBaseline(rounds[i], base, (r: FanoutResult) => r.p99),
    },
  }));
}
