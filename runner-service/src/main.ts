/** Runner entry point: config from the environment, the core, and the HTTP adapter on top. */
import { loadConfig } from "./config.js";
import { createRunnerCore } from "./core/service.js";
import { createRunnerServer } from "./http/server.js";

let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (e) {
  console.error(`runner: refusing to start: ${(e as Error).message}`);
  process.exit(1);
}
const core = createRunnerCore(config);
const health = core.health();
if (config.production && health.warnings.length) {
  for (const w of health.warnings) console.error(`runner: refusing to start in production: ${w}`);
  process.exit(1);
}
for (const w of health.warnings) console.error(`runner: WARNING (development only, refused in production): ${w}`);
if (health.sandbox.problem) console.error(`runner: WARNING: sandbox unavailable, every run will get 503: ${health.sandbox.problem}`);
if (!config.secret) console.error("runner: WARNING: RUNNER_DEV_INSECURE=1, no authentication (loopback only)");
const unavailable = Object.entries(health.languages).filter(([, ok]) => !ok).map(([id]) => id);
const server = createRunnerServer(core, config.secret);
server.listen(config.port, config.host, () => {
  console.log(
    `runner: listening on http://${config.host}:${config.port} ` +
      `(cgroups: ${core.cgroups.mode}${core.cgroups.reason ? ` — ${core.cgroups.reason}` : ""}; ` +
      `concurrency ${config.concurrency}, queue ${config.maxQueued}` +
      `${unavailable.length ? `; unavailable: ${unavailable.join(", ")}` : ""})`,
  );
});
for (const sig of ["SIGINT", "SIGTERM"] as const) {
  process.on(sig, () => {
    server.close();
    server.closeAllConnections(); // aborts in-flight runs, which kills their sandboxes
    setTimeout(() => process.exit(0), 500).unref();
  });
}
