/**
 * The real runner for the problems tests. Its compile cache lives in .runner-cache/problems
 * (git-ignored) so a second run reuses the compiled references and starters.
 * DUET_PROBLEMS_RUNNER_URL + DUET_PROBLEMS_RUNNER_SECRET point the tests at a runner you already run.
 */
import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helper shared with the start script
import { freePort, startProcess, waitForHttp } from "../../scripts/lib/processes.mjs";
// @ts-expect-error: plain ESM helper shared with the launchers
import { writeRunnerSecret } from "../../runner-service/launch/secret-file.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    problemsRunnerUrl: string;
    problemsRunnerSecret: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export default async function setup(project: TestProject) {
  if (process.env.DUET_PROBLEMS_RUNNER_URL && process.env.DUET_PROBLEMS_RUNNER_SECRET) {
    project.provide("problemsRunnerUrl", process.env.DUET_PROBLEMS_RUNNER_URL);
    project.provide("problemsRunnerSecret", process.env.DUET_PROBLEMS_RUNNER_SECRET);
    return;
  }
  const port = await freePort();
  const secret = randomBytes(24).toString("hex");
  const url = `http://127.0.0.1:${port}`;
  const secretFile = writeRunnerSecret(secret); // a 0600 file, never the runner's environment
  const runner = startProcess("runner", "npx", ["tsx", "runner-service/src/main.ts"], {
    cwd: ROOT,
    quiet: true,
    env: {
      ...secretFile.env, DUET_ENV: "test", RUNNER_PORT: String(port), RUNNER_HOST: "127.0.0.1",
      RUNNER_CONCURRENCY: "2", RUNNER_MAX_QUEUE: "256",
      RUNNER_DATA_DIR: join(ROOT, ".runner-cache", "problems"),
    },
  });
  await waitForHttp(`${url}/healthz`, runner, 60_000);
  project.provide("problemsRunnerUrl", url);
  project.provide("problemsRunnerSecret", secret);
  return async () => {
    await runner.stop();
    secretFile.remove();
  };
}
