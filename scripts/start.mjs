// `npm start`: the whole product on this machine — the runner on 127.0.0.1:8790 and the Worker
// (with its Room Durable Objects and local storage) on http://localhost:8787.
import { join } from "node:path";
import { setup, ROOT } from "./setup.mjs";
import { applyLocalMigrations, startProcess, startWranglerDev, waitForHttp } from "./lib/processes.mjs";
import { seedProblems } from "./lib/seed-problems.mjs";
import { writeRunnerSecret } from "../runner-service/launch/secret-file.mjs";

let vars;
try {
  vars = setup();
  applyLocalMigrations(ROOT);
  console.log(`start: seeded ${await seedProblems(ROOT)} problems`);
} catch (e) {
  console.error(`start: ${e.message}`);
  process.exit(1);
}

const runnerUrl = new URL(vars.RUNNER_URL);
// The runner reads its secret from a 0600 file, never from its environment (runner-service/README.md).
const runnerSecret = writeRunnerSecret(vars.RUNNER_SECRET, join(ROOT, ".runner-cache/runner-secret"));
const runner = startProcess("runner", "npx", ["tsx", join(ROOT, "runner-service/src/main.ts")], {
  cwd: ROOT,
  env: { ...runnerSecret.env, DUET_ENV: "development", RUNNER_HOST: runnerUrl.hostname, RUNNER_PORT: runnerUrl.port || "8790" },
});
const worker = startWranglerDev(ROOT, { port: 8787 });
const parts = [runner, worker];

async function stopAll(code) {
  await Promise.all(parts.map((p) => p.stop()));
  process.exit(code);
}
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => stopAll(0));
for (const p of parts) {
  p.exited.then(({ code, signal }) => {
    console.error(`start: ${p.name} exited (${signal ?? code}); stopping everything`);
    stopAll(code || 1);
  });
}

try {
  await Promise.all([waitForHttp(`${vars.RUNNER_URL}/healthz`, runner), waitForHttp("http://127.0.0.1:8787/healthz", worker)]);
  console.log("\nDuet is running: http://localhost:8787  (runner on %s; Ctrl-C stops both)\n", vars.RUNNER_URL);
} catch (e) {
  console.error(`start: ${e.message}`);
  await stopAll(1);
}
