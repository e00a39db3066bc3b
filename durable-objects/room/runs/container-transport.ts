/**
 * The container transport (RUNNER_TRANSPORT = "container", the default of a Cloudflare deploy):
 * each room's runs go to the room's own Cloudflare Container, a RunnerContainer instance named
 * after the room; work that belongs to no room (language availability) goes to one named
 * `library:default`. Requests go through the instance's stub (its fetch starts it if it must, and
 * counts as activity while a run's stream is open) with the runner secret, as to any runner.
 *
 * When the platform has no instance to give (max_instances reached, or too many starts a second),
 * runs fall back to the RUNNER_URLS pool if one is configured, else the participant is told
 * "no runner capacity" (503) with a Retry-After.
 */
import { RUNNER_HEADERS, RUNNER_PATHS, type RunRequest } from "../../../contracts/runner";
import { log } from "../../../contracts/log";
import { CAPACITY_RETRY_AFTER_S, containerUrl, isCapacityRefusal, LIBRARY_INSTANCE } from "../../../contracts/runner-container";
import type { RunnerContainer } from "../../runner-container/runner-container";
import type { RunnerStart } from "./runner-client";
import { runnerAnswer } from "./runner-client";
import type { RunContext, RunnerTransport } from "./transport";

const noCapacity = (): RunnerStart => ({
  ok: false, code: "no_runner_capacity", message: "no runner capacity: every runner is in use; try again shortly", retryAfter: CAPACITY_RETRY_AFTER_S,
});

/**
 * `namespace`: the RunnerContainer binding (the Room swaps in a fake only under DUET_ENV=test);
 * `instance`: the room's id, or null for room-less work; `fallback`: the pool, when RUNNER_URLS is set.
 */
export function containerTransport(env: Env, namespace: DurableObjectNamespace<RunnerContainer>, instance: string | null, fallback: RunnerTransport | null): RunnerTransport {
  const name = instance ?? LIBRARY_INSTANCE;
  const stub = () => namespace.get(namespace.idFromName(name));
  const auth = { Authorization: `Bearer ${env.RUNNER_SECRET ?? ""}` };
  const full = (what: string) => log("warn", "runner_container_full", { roomId: instance ?? undefined, instance: name, what, fallback: fallback ? fallback.kind : "none" });

  return {
    kind: "container",

    async startRun(request: RunRequest, run: RunContext): Promise<RunnerStart> {
      if (!env.RUNNER_SECRET) return { ok: false, code: "runner_unavailable", message: "the runner is not configured" };
      let res: Response;
      try {
        res = await stub().fetch(containerUrl(RUNNER_PATHS.runs), {
          method: "POST",
          headers: { ...auth, "Content-Type": "application/json", [RUNNER_HEADERS.runId]: run.runId, ...(run.requestId ? { [RUNNER_HEADERS.requestId]: run.requestId } : {}) },
          body: JSON.stringify(request),
          signal: run.signal,
        });
      } catch (e) {
        if (!(await isCapacityRefusal(e))) return { ok: false, code: "runner_unavailable", message: `the runner container is unreachable (${(e as Error).message})` };
        res = new Response(String(e), { status: 503 });
      }
      if (await isCapacityRefusal(res)) {
        full("run");
        return fallback ? fallback.startRun(request, run) : noCapacity();
      }
      return runnerAnswer(res, `container:${name}`);
    },

    async get(path: string, signal?: AbortSignal): Promise<Response> {
      const res = await stub().fetch(containerUrl(path), { headers: auth, signal }).catch((e: unknown) => new Response(String(e), { status: 503 }));
      if (!(await isCapacityRefusal(res))) return res;
      full(path);
      if (fallback) return fallback.get(path, signal);
      const { code, message, retryAfter } = noCapacity() as Extract<RunnerStart, { ok: false }>;
      return Response.json({ error: { code, message } }, { status: 503, headers: { "Retry-After": String(retryAfter) } });
    },

    async warm(): Promise<void> {
      try {
        await stub().warm();
      } catch (e) {
        if (await isCapacityRefusal(e)) return full("warm"); // the first Run will fall back, or say so
        log("warn", "runner_container_warm_failed", { roomId: instance ?? undefined, error: String(e) });
      }
    },
  };
}

