/** Runner entry point: config from the environment, the core, and the HTTP adapter on top. */
import { loadConfig } from "./config.js";
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
const unavailable = Object.entries(health.languages).filter(([, ok]) => !ok).map(([id]) => id);
const server = createRunnerServer(core, config.secret);
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
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.close();
    server.closeAllConnections(); // aborts in-flight runs, which kills their sandboxes
    setTimeout(() => process.exit(0), 500).unref();
  });
}
