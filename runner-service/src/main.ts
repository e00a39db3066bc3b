/** Runner entry point: config from the environment, the core, and the HTTP adapter on top. */
import { LANGUAGES } from "../../contracts/languages.js";
import { loadConfig } from "./config.js";
import { needsCgroupForMemory } from "./core/availability.js";
import { createRunnerCore } from "./core/service.js";
import { createRunnerServer } from "./http/server.js";
import { log } from "./log.js";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (e) {
  log("error", "runner_refused_to_start", { reason: (e as Error).message });
  process.exit(1);
}
const core = createRunnerCore(config);
const health = core.health();
if (config.production && health.warnings.length) {
  for (const w of health.warnings) log("error", "runner_refused_to_start", { reason: `refusing to start in production: ${w}` });
  process.exit(1);
}
for (const w of health.warnings) log("warn", "runner_unsafe", { warning: `WARNING (development only, refused in production): ${w}` });
if (health.sandbox.problem) log("warn", "runner_sandbox_unavailable", { warning: `sandbox unavailable, every run will get 503: ${health.sandbox.problem}` });
if (!config.secret) log("warn", "runner_insecure", { warning: "RUNNER_DEV_INSECURE=1, no authentication (loopback only)" });
const unlimited = LANGUAGES.filter((l) => needsCgroupForMemory(l, core.cgroups)).map((l) => l.id);
if (unlimited.length && !config.production) {
  log("warn", "runner_no_memory_limit", { warning: `no cgroups: ${unlimited.join(", ")} run with no memory limit (production marks them unavailable)`, cgroupsReason: core.cgroups.reason });
}
const unavailable = Object.entries(health.availability).filter(([, a]) => !a.available).map(([id, a]) => `${id}: ${a.reason}`);
const server = createRunnerServer(core, config.secret === null ? null : config.secrets);
server.listen(config.port, config.host, () => {
  log("info", "runner_listening", {
    url: `http://${config.host}:${config.port}`,
    cgroups: core.cgroups.mode,
    cgroupsReason: core.cgroups.reason,
    concurrency: config.concurrency,
    maxQueued: config.maxQueued,
    unavailable,
  });
});
/**
 * SIGTERM (Kubernetes, Cloudflare, `docker stop`) or Ctrl-C drains: new runs get 503 with
 * Retry-After and /healthz turns 503 (readiness fails, traffic moves away) while the runs in flight
 * finish, up to RUNNER_DRAIN_MS; what is still running then is killed and told why. A second
 * signal exits at once (the sandboxes die with their bwrap, --die-with-parent).
 */
let stopping = false;
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    if (stopping) {
      log("warn", "runner_stopped_at_once", { signal: sig, running: core.queue.running, queued: core.queue.queued });
      process.exit(1);
    }
    stopping = true;
    log("info", "runner_draining", { signal: sig, running: core.queue.running, queued: core.queue.queued, drainMs: config.drainMs });
    const deadline = setTimeout(() => {
      log("warn", "runner_drain_deadline", { running: core.queue.running, queued: core.queue.queued });
      core.stopAll("the runner shut down before this run finished: run it again");
    }, config.drainMs);
    core.drain().then(() => {
      clearTimeout(deadline);
      log("info", "runner_drained", {});
      // The last streams end right after their runs: close each connection as it goes idle, then exit.
      server.close(() => process.exit(0));
      setInterval(() => server.closeIdleConnections(), 50);
      setTimeout(() => process.exit(0), 2000).unref();
    });
  });
}
