/**
 * A real runner for the problem checks, on a free local port with a fresh secret: the problems
 * CI's (problems/test/runner-setup.ts) and `npm run problem:check`'s. Each gets its own data folder:
 * a runner empties its work folder when it starts, which would break another's runs in flight.
 */
import { randomBytes } from "node:crypto";
// @ts-expect-error: plain ESM helper shared with the start script
import { freePort, startProcess, waitForHttp } from "../../scripts/lib/processes.mjs";
// @ts-expect-error: plain ESM helper shared with the launchers
import { writeRunnerSecret } from "../../runner-service/launch/secret-file.mjs";
import type { RunnerTarget } from "./runner";

export async function startProblemsRunner(root: string, dataDir: string): Promise<{ target: RunnerTarget; stop(): Promise<void> }> {
  const port = await freePort();
  const secret = randomBytes(24).toString("hex");
  const secretFile = writeRunnerSecret(secret); // a 0600 file, never the runner's environment
  const runner = startProcess("runner", "npx", ["tsx", "runner-service/src/main.ts"], {
    cwd: root,
    quiet: true,
    env: {
      ...secretFile.env, DUET_ENV: "test", RUNNER_PORT: String(port), RUNNER_HOST: "127.0.0.1",
      RUNNER_CONCURRENCY: "2", RUNNER_MAX_QUEUE: "256", RUNNER_DATA_DIR: dataDir,
    },
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/healthz`, runner, 60_000);
  return {
    target: { url, secret },
    async stop() {
      await runner.stop();
      secretFile.remove();
    },
  };
}
