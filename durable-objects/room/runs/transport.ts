/**
 * How a run reaches a runner. One interface in the Room, three transports chosen by
 * `RUNNER_TRANSPORT` (wrangler.toml):
 *   - "container": the room's own Cloudflare Container (durable-objects/runner-container/), falling
 *     back to the RUNNER_URLS pool, else 503 "no runner capacity", when max_instances is reached;
 *   - "urls": runners by URL — RUNNER_URLS (comma-separated: a pool, the less loaded of two random
 *     runners) or the one RUNNER_URL (`npm start`'s local runner).
 * Every transport hands back the runner's NDJSON body; readEvents() (runner-client.ts) validates it.
 *
 * The Room's side, whatever the transport:
 *   - every POST /v1/runs carries the Room's run id (X-Duet-Run-Id) for the runner's log lines;
 *   - a runner that goes away mid-run fails the run at once ("the runner went away mid-run…": the
 *     stream was cut, or closed before the run's last event), one that falls silent fails it after
 *     SILENCE_MS without any event ("the runner stopped responding…"; a live runner sends a heartbeat
 *     every HEARTBEAT_MS, queued or running, so a 10 s test or a slow compile is never silent);
 *     either way the room's one run place is free again and the participant can run again at once;
 *   - heartbeats stop at readEvents(): the run controller, the judge and the reference run never see them.
 */
import { runnerUrlList, type RunRequest } from "../../../contracts/runner";
import type { RunnerStart } from "./runner-client";
import { containerTransport } from "./container-transport";
import { poolTransport } from "./pool-transport";

export interface RunContext {
  /** The Room's run id: sent to the runner (RUNNER_HEADERS.runId) for its log lines. */
  runId: string;
  /** The Worker's request that asked for it, when one did: sent as RUNNER_HEADERS.requestId. */
  requestId?: string;
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

/** `room`: the room's id (its object's name; a container transport keeps one instance per room); null for work that belongs to no room. */
export function runnerTransport(env: Env, room: string | null): RunnerTransport {
  const pool = urlPool(env, env.RUNNER_URLS, "pool");
  if (env.RUNNER_TRANSPORT === "container") return containerTransport(env, env.RUNNER_CONTAINER, room, pool);
  return pool ?? urlPool(env, env.RUNNER_URL, "url") ?? unconfigured;
}

/** The runners a comma-separated list names, as a pool (pool-transport.ts); null when it names none. */
function urlPool(env: Env, list: string | undefined, kind: "pool" | "url"): RunnerTransport | null {
  const urls = runnerUrlList(list);
  return urls.length > 0 && env.RUNNER_SECRET ? poolTransport(urls, env.RUNNER_SECRET, kind) : null;
}

const notConfigured = { code: "runner_unavailable", message: "the runner is not configured (RUNNER_URLS or RUNNER_URL, and RUNNER_SECRET)" } as const;

/** No runner to ask: every run is refused, saying why. */
const unconfigured: RunnerTransport = {
  kind: "url",
  startRun: async () => ({ ok: false, ...notConfigured }),
  get: async () => Response.json({ error: notConfigured }, { status: 503 }),
  warm: async () => {},
};
