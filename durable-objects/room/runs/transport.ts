/**
 * How a run reaches a runner. One interface in the Room, three transports chosen by
 * `RUNNER_TRANSPORT` (wrangler.toml):
 *   - "container": the room's own Cloudflare Container (durable-objects/runner-container/), falling
 *     back to the RUNNER_URLS pool, else 503 "no runner capacity", when max_instances is reached;
 *   - "urls": runners by URL — RUNNER_URLS (comma-separated: a pool, the less loaded of two random
 *     runners) or the one RUNNER_URL (`npm start`'s local runner).
 * Every transport hands back the runner's NDJSON body; readEvents() (runner-client.ts) validates it.
 */
import type { RunRequest } from "../../../contracts/runner";
import type { RunnerStart } from "./runner-client";
import { postRun } from "./runner-client";

export interface RunContext {
  /** The Room's run id: sent to the runner (RUNNER_HEADERS.runId) for its log lines. */
  runId: string;
  signal: AbortSignal;
}

export interface RunnerTransport {
  /** For logs and analytics. */
  readonly kind: "container" | "pool" | "url";
  /** Starts a run on some runner; a refusal is an error value (status, Retry-After) to pass on. */
  startRun(request: RunRequest, run: RunContext): Promise<RunnerStart>;
  /** An authenticated GET of a runner path (languages, health), from any runner that answers. */
  get(path: string, signal?: AbortSignal): Promise<Response>;
  /** Starts (or keeps warm) what the room's runs will need; resolves without waiting for it. No-op where nothing starts. */
  warm(): Promise<void>;
}

/** `room`: the room's id (a container transport keeps one instance per room); null for work that belongs to no room. */
export function runnerTransport(env: Env, _room: string | null): RunnerTransport {
  return urlTransport(env);
}

/** Today's one runner at RUNNER_URL. */
function urlTransport(env: Env): RunnerTransport {
  return {
    kind: "url",
    startRun: (request, run) => postRun(env, request, run.signal),
    get: (path, signal) => fetch(new URL(path, env.RUNNER_URL), { headers: { Authorization: `Bearer ${env.RUNNER_SECRET ?? ""}` }, signal }),
    warm: async () => {},
  };
}
