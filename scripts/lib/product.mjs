// The whole product on free loopback ports, for end-to-end tests and benchmarks: the runner,
// the local D1 migrated, and `wrangler dev` pointed at that runner. Fresh storage each time.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyLocalMigrations, freePort, startProcess, startWranglerDev, waitForHttp } from "./processes.mjs";
import { seedProblems } from "./seed-problems.mjs";
import { writeRunnerSecret } from "../../runner-service/launch/secret-file.mjs";

export async function startProduct(root, { vars = {}, quiet = true, wranglerLog } = {}) {
  const runnerPort = await freePort();
  const runnerSecret = randomBytes(24).toString("hex");
  const runnerUrl = `http://127.0.0.1:${runnerPort}`;
  const secretFile = writeRunnerSecret(runnerSecret); // a 0600 file, not the runner's environment
  const startRunner = () =>
    startProcess("runner", "npx", ["tsx", "runner-service/src/main.ts"], {
      cwd: root,
      quiet,
      env: { ...secretFile.env, DUET_ENV: "test", RUNNER_PORT: String(runnerPort), RUNNER_HOST: "127.0.0.1" },
    });
  let runner = startRunner();
  const persistTo = mkdtempSync(join(tmpdir(), "duet-product-"));
  applyLocalMigrations(root, { persistTo });
  await seedProblems(root, { persistTo });
  const port = await freePort();
  const worker = startWranglerDev(root, {
    port,
    persistTo,
    quiet,
    logFile: wranglerLog,
    vars: { DUET_ENV: "test", RUNNER_URL: runnerUrl, RUNNER_SECRET: runnerSecret, ...vars },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await Promise.all([worker.stop(), runner.stop()]);
    rmSync(persistTo, { recursive: true, force: true });
    secretFile.remove();
  };
  try {
    await Promise.all([waitForHttp(`${runnerUrl}/healthz`, runner, 60_000), waitForHttp(`${baseUrl}/healthz`, worker, 90_000)]);
  } catch (e) {
    await stop();
    throw e;
  }
  /** Kills the runner as a crash would (SIGKILL to its whole tree) and starts a new one on the same port. */
  const restartRunner = async () => {
    try {
      process.kill(-runner.child.pid, "SIGKILL");
    } catch {}
    await runner.exited;
    runner = startRunner();
    await waitForHttp(`${runnerUrl}/healthz`, runner, 60_000);
  };
  return {
    baseUrl, runnerUrl, runnerSecret, persistTo, stop, restartRunner,
    workerPid: worker.child.pid,
    runnerPid: () => runner.child.pid,
  };
}
