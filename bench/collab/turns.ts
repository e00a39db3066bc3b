/**
 * Servers measured in turns: each server once a round, the order turning from round to round, so
 * that load from elsewhere on the machine (and being first or last) falls on all of them alike.
 * A ratio against the baseline is taken per round (minutes apart at most) and summed up as the
 * median of the rounds with the min–max beside it (issue 17's rule).
 */
import { spread, type Spread } from "./stats";

/** `fn` for every server in every round; the answer is indexed [server][round]. */
export async function inTurns<S, R>(servers: S[], rounds: number, fn: (server: S, i: number, round: number) => Promise<R>): Promise<R[][]> {
  const out: R[][] = servers.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < servers.length; k++) {
      const i = (round + k) % servers.length;
      out[i][round] = await fn(servers[i], i, round);
    }
  }
  return out;
}

/** Each round's `figure` of `own` over the baseline's in the same round. */
export function versusBaseline<R>(own: R[], baseline: R[], figure: (r: R) => number): Spread {
  return spread(own.map((r, round) => figure(r) / figure(baseline[round])));
}
