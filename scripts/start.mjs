// `npm start`: the whole product on this machine — the runner on 127.0.0.1:8790 and the Worker
// (with its Room Durable Objects and local storage) on http://localhost:8787.
// RUNNER_POOL_SIZE=N starts N runners on 8790, 8791, … and hands the Worker all of them
// (RUNNER_URLS): each run goes to the less loaded of two (durable-objects/room/runs/pool-transport.ts).
import { join } from "node:path";
import { setup, ROOT } from "./setup.mjs";
import { applyLocalMigrations, startWranglerDev, waitForHttp } from "./lib/processes.mjs";
import { poolSize, startRunner } from "./lib/runners.mjs";
import { seedProblems } from "./lib/seed-problems.mjs";
import { writeRunnerSecret } from "../runner-service/launch/secret-file.mjs";

let vars;
let size;
try {
  size = poolSize(process.env.RUNNER_POOL_SIZE);
  vars = setup();
  applyLocalMigrations(ROOT);
  console.log(`start: seeded ${await seedProblems(ROOT)} problems`);
} catch (e) {
  console.error(`start: ${e.message}`);
  process.exit(1);
}

const first = new URL(vars.RUNNER_URL);
const ports = Array.from({ length: size }, (_, i) => Number(first.port || 8790) + i);
const runnerUrls = ports.map((port) => `http://${first.hostname}:${port}`);
// The runner reads its secret from a 0600 file, never from its environment (runner-service/README.md).
const runnerSecret = writeRunnerSecret(vars.RUNNER_SECRET, join(ROOT, ".runner-cache/runner-secret"));
const runners = ports.map((port, i) =>
  startRunner(ROOT, { port, host: first.hostname, env: { ...runnerSecret.env, DUET_ENV: "development" }, name: size > 1 ? `runner ${i + 1}` : "runner" }),
);
// One runner: RUNNER_URL as .dev.vars has it. A pool: all of them, whatever .dev.vars says.
const worker = startWranglerDev(ROOT, { port: 8787, vars: size > 1 ? { RUNNER_URLS: runnerUrls.join(",") } : {} });
const parts = [...runners, worker];

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
  await Promise.all([...runnerUrls.map((url, i) => waitForHttp(`${url}/healthz`, runners[i])), waitForHttp("http://127.0.0.1:8787/healthz", worker)]);
  const where = size > 1 ? `${size} runners on ${runnerUrls.join(", ")}` : `runner on ${runnerUrls[0]}`;
  console.log("\nDuet is running: http://localhost:8787  (%s; Ctrl-C stops everything)\n", where);
} catch (e) {
  console.error(`start: ${e.message}`);
  await stopAll(1);
}
