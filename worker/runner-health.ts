/**
 * Each runner's own /healthz (queue, sandbox, draining, languages), asked in parallel with the
 * shared secret and a 2 s timeout, for the deep health check. Which runners: the RUNNER_URLS pool
 * when set, else the one RUNNER_URL. With RUNNER_TRANSPORT "container" the instances start with
 * their rooms and are not listed: only the fallback pool is, when there is one.
 */
import type { DeepHealth } from "../contracts/operations";
import { RUNNER_PATHS, runnerUrlList } from "../contracts/runner";

type RunnerHealth = DeepHealth["runners"]["runners"][number];

const TIMEOUT_MS = 2000;

async function askRunner(url: string, secret: string): Promise<RunnerHealth> {
  const started = Date.now();
  let origin = url;
  try {
    origin = new URL(url).origin;
    const res = await fetch(new URL(RUNNER_PATHS.health, url), { headers: { Authorization: `Bearer ${secret}` }, signal: AbortSignal.timeout(TIMEOUT_MS) });
    const health = (await res.json().catch(() => null)) as unknown;
    return { origin, ok: res.ok, ms: Date.now() - started, status: res.status, health };
  } catch (e) {
    return { origin, ok: false, ms: Date.now() - started, status: null, health: { error: (e as Error).message.slice(0, 200) } };
  }
}

/** The runners the Worker can ask by URL: the RUNNER_URLS pool, else (not on Containers) the one RUNNER_URL. */
export function runnersByUrl(env: Env): string[] {
  const pool = runnerUrlList(env.RUNNER_URLS);
  return pool.length > 0 || env.RUNNER_TRANSPORT === "container" ? pool : runnerUrlList(env.RUNNER_URL);
}

export async function runnerHealth(env: Env): Promise<DeepHealth["runners"]> {
  const container = env.RUNNER_TRANSPORT === "container";
  const runners = await Promise.all(runnersByUrl(env).map((u) => askRunner(u, env.RUNNER_SECRET ?? "")));
  // Containers start with their rooms: an empty fallback pool is not a failure there; no runner at all is, otherwise.
  const ok = (container || runners.length > 0) && runners.every((r) => r.ok);
  return { transport: env.RUNNER_TRANSPORT || "urls", ok, runners };
}
