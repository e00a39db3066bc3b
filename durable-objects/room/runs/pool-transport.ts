/**
 * Runners by URL (RUNNER_TRANSPORT "urls"): a pool behind RUNNER_URLS — Kubernetes, VMs, anything
 * the Worker can reach with the shared secret — or the one RUNNER_URL of `npm start`.
 *
 * Which runner: the less loaded of two picked at random (power of two choices), by the load each
 * runner reported (X-Runner-Load) on its last answer to this isolate. No polling: the reports are
 * a by-product of runs, kept in module scope so every room of the isolate shares them, and a
 * report older than LOAD_TTL_MS counts as unknown (0) so that a runner busy a while ago, or down,
 * is asked again. A runner that refused — busy (429, 503 while draining) or unreachable — is
 * skipped for the next pick among those not yet asked (each runner at most once per run) and
 * passed over until its report lapses, unless all the others refused too: an accepting runner
 * that reported itself full may free its slot the next moment, a refusing one just said it will
 * not. When all refuse, the participant is told to retry (503 with Retry-After); a lone runner's
 * own answer passes through.
 */
import { log } from "../../../contracts/log";
import type { RunRequest } from "../../../contracts/runner";
import { postRunTo, type RunnerAttempt, type RunnerEndpoint, type RunnerStart } from "./runner-client";
import type { RunContext, RunnerTransport } from "./transport";

/** How long a runner's load report stands for it. */
export const LOAD_TTL_MS = 15_000;
/** Retry-After when no refusing runner said when to come back. */
const DEFAULT_RETRY_AFTER_S = 5;

interface LoadReport {
  load: number;
  at: number;
}

/** What each runner (by URL) last said about its load, to any room of this isolate. */
const reports = new Map<string, LoadReport>();

/** The load a runner last reported, 0 when it has not (lately); a refusing runner's is Infinity until the report lapses. */
export function reportedLoad(url: string, now = Date.now()): number {
  const r = reports.get(url);
  return r && now - r.at < LOAD_TTL_MS ? r.load : 0;
}

/** Power of two choices: two distinct candidates at random, the one with the lower load (a tie: either). */
export function pickRunner(candidates: readonly string[], loadOf: (url: string) => number, random: () => number = Math.random): string {
  if (candidates.length === 1) return candidates[0];
  const i = Math.floor(random() * candidates.length);
  const j = (i + 1 + Math.floor(random() * (candidates.length - 1))) % candidates.length;
  const [a, b] = [candidates[i], candidates[j]];
  const [la, lb] = [loadOf(a), loadOf(b)];
  if (la !== lb) return la < lb ? a : b;
  return random() < 0.5 ? a : b;
}

function remember(url: string, attempt: RunnerAttempt): void {
  reports.set(url, { load: attempt.refused ? Infinity : (attempt.load ?? 0), at: Date.now() });
}

/** Every runner asked refused: busy ones mean no capacity right now, unreachable ones alone that the pool is down. */
function allRefused(attempts: readonly RunnerAttempt[]): RunnerStart {
  const retryAfter = Math.min(...attempts.map((a) => (a.start.ok ? DEFAULT_RETRY_AFTER_S : (a.start.retryAfter ?? DEFAULT_RETRY_AFTER_S))));
  const busy = attempts.filter((a) => a.refused === "busy").length;
  const unreachable = attempts.length - busy;
  const said = [busy && `${busy} busy`, unreachable && `${unreachable} unreachable`].filter(Boolean).join(", ");
  if (busy === 0) return { ok: false, code: "runner_unavailable", message: `no runner could be reached (${said}); try again in ${retryAfter} s`, retryAfter };
  return { ok: false, code: "no_runner_capacity", message: `no runner capacity: every runner refused the run (${said}); try again in ${retryAfter} s`, retryAfter };
}

/** `kind`: "pool" for RUNNER_URLS, "url" for the one RUNNER_URL (the same code, one candidate). */
export function poolTransport(urls: readonly string[], secret: string, kind: "pool" | "url"): RunnerTransport {
  const endpoint = (url: string): RunnerEndpoint => ({ url, secret });

  /** The runners in the order to ask them: each next one picked among those left. */
  function* pickOrder(): Generator<string> {
    const left = [...urls];
    while (left.length > 0) {
      const now = Date.now();
      const url = pickRunner(left, (u) => reportedLoad(u, now));
      left.splice(left.indexOf(url), 1);
      yield url;
    }
  }

  return {
    kind,

    async startRun(request: RunRequest, run: RunContext): Promise<RunnerStart> {
      const refusals: RunnerAttempt[] = [];
      for (const url of pickOrder()) {
        const attempt = await postRunTo(endpoint(url), request, run);
        remember(url, attempt);
        if (!attempt.refused) return attempt.start;
        // An unreachable runner is the operator's concern; a busy one is the pool working as meant.
        if (attempt.refused === "unreachable") log("warn", "runner_unreachable", { runId: run.runId, requestId: run.requestId, runner: url, error: attempt.start.ok ? null : attempt.start.message });
        refusals.push(attempt);
      }
      if (refusals.length === 1) return refusals[0].start;
      const refused = allRefused(refusals);
      log("warn", "runner_pool_refused", { runId: run.runId, requestId: run.requestId, runners: urls.length, error: refused.ok ? null : refused.message });
      return refused;
    },

    async get(path: string, signal?: AbortSignal): Promise<Response> {
      let last: Response | null = null;
      for (const url of pickOrder()) {
        try {
          last = await fetch(new URL(path, url), { headers: { Authorization: `Bearer ${secret}` }, signal });
          if (last.status < 500) return last;
        } catch (e) {
          if (signal?.aborted) throw e;
        }
      }
      return last ?? Response.json({ error: { code: "runner_unavailable", message: "no runner could be reached" } }, { status: 503 });
    },

    warm: async () => {}, // runners by URL are already up
  };
}
