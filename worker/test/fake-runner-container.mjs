/**
 * A fake RUNNER_CONTAINER for the workers tests (bound as TEST_RUNNER_CONTAINER by
 * vitest.workers.config.ts; a real Cloudflare Container cannot run on this machine). Each
 * instance stands for one room's container: its fetch forwards to the REAL local runner
 * (RUNNER_URL) as the library's containerFetch forwards to the container's port, and it keeps
 * the library's bookkeeping — started or not, activity renewed by every request and every
 * warm(), so it would stop `sleepAfter` after the last one — recording each call for the test.
 * `full` makes it answer as the platform does when max_instances is reached.
 *
 * Plain JavaScript: an auxiliary worker is loaded by Miniflare as is, not bundled by Vite.
 */
import { DurableObject } from "cloudflare:workers";

/** The library's words (node_modules/@cloudflare/containers): thrown by start, a plain-text 503 from fetch. */
const NO_INSTANCE_ERROR = "there is no container instance that can be provided to this durable object";
const NO_INSTANCE_ANSWER = "There is no Container instance available at this time.\nThis is likely because you have reached your max concurrent instance count (set in wrangler config) or are you currently provisioning the Container.";
const SLEEP_AFTER_MS = 5 * 60_000;

export class FakeRunnerContainer extends DurableObject {
  /** { kind: "start" | "renew" | "fetch" | "abort" | "refused", at, path?, runId? } */
  calls = [];
  running = false;
  full = false;
  lastActivity = 0;

  #activity(kind) {
    this.calls.push({ kind: this.running ? kind : "start", at: Date.now() });
    this.running = true;
    this.lastActivity = Date.now();
  }

  /** The Room's warm-up and keep-warm (RunnerContainer.warm). */
  async warm() {
    if (this.full) {
      this.calls.push({ kind: "refused", at: Date.now() });
      throw new Error(NO_INSTANCE_ERROR);
    }
    this.#activity("renew");
  }

  async fetch(request) {
    const url = new URL(request.url);
    const runId = request.headers.get("X-Duet-Run-Id") ?? undefined;
    if (this.full) {
      this.calls.push({ kind: "refused", at: Date.now(), path: url.pathname });
      return new Response(NO_INSTANCE_ANSWER, { status: 503 });
    }
    this.#activity("renew");
    this.calls.push({ kind: "fetch", at: Date.now(), path: url.pathname, runId, auth: request.headers.get("Authorization") });
    const upstream = new AbortController();
    const aborted = () => {
      this.calls.push({ kind: "abort", at: Date.now(), path: url.pathname, runId });
      upstream.abort();
    };
    const res = await fetch(new URL(url.pathname + url.search, this.env.RUNNER_URL), {
      method: request.method, headers: request.headers, body: request.body, signal: upstream.signal,
    });
    if (!res.body) return res;
    // The stream the Room reads: its cancel (a cancelled run) closes the connection to the runner.
    const reader = res.body.getReader();
    const body = new ReadableStream({
      async pull(controller) {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
      cancel: () => {
        aborted();
        return reader.cancel().catch(() => {});
      },
    });
    return new Response(body, { status: res.status, headers: res.headers });
  }

  /** Test controls. */
  async setFull(full) {
    this.full = full;
  }

  /** What the test asserts on: the calls, and when the library would stop the instance. */
  async state() {
    return { calls: this.calls, running: this.running, stopsAt: this.running ? this.lastActivity + SLEEP_AFTER_MS : null };
  }
}

export default {
  fetch: () => new Response("the fake runner container is reached through its Durable Object binding", { status: 404 }),
};
