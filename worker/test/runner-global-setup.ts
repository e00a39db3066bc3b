/**
 * The real runner service for the workers tests, plus a tiny control endpoint so a test inside
 * workerd can stop and restart it for real (runner down, stream cut mid-run).
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helper shared with the start script
import { freePort, startProcess, waitForHttp } from "../../scripts/lib/processes.mjs";
// @ts-expect-error: plain ESM helper shared with the start script
import { writeRunnerSecret } from "../../runner-service/launch/secret-file.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    runnerUrl: string;
    runnerSecret: string;
    runnerControl: string;
  }
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export default async function setup(project: TestProject) {
  const port = await freePort();
  const secret = randomBytes(24).toString("hex");
  const secretFile = writeRunnerSecret(secret); // the runner reads a 0600 file; the Worker keeps RUNNER_SECRET
  const url = `http://127.0.0.1:${port}`;
  type Proc = { stop(): Promise<void>; child: { pid: number } };
  let runner: Proc | null = null;
  const start = async () => {
    const p = startProcess("runner", "npx", ["tsx", "runner-service/src/main.ts"], {
      cwd: ROOT, quiet: true, env: { ...secretFile.env, DUET_ENV: "test", RUNNER_PORT: String(port), RUNNER_HOST: "127.0.0.1", RUNNER_CONCURRENCY: "2", RUNNER_MAX_QUEUE: "2" },
    }) as Proc;
    await waitForHttp(`${url}/healthz`, p, 60_000);
    runner = p;
  };
  await start();

  const control = createServer(async (req, res) => {
    try {
      if (req.url === "/stop" && runner) {
        process.kill(-runner.child.pid, "SIGKILL"); // abrupt, like a crashed container
        await runner.stop();
        runner = null;
      } else if (req.url === "/start" && !runner) {
        await start();
      }
      res.end(JSON.stringify({ running: runner !== null }));
    } catch (e) {
      res.statusCode = 500;
      res.end(String(e));
    }
  });
  const controlPort = await freePort();
  await new Promise<void>((r) => control.listen(controlPort, "127.0.0.1", r));

  project.provide("runnerUrl", url);
  project.provide("runnerSecret", secret);
  project.provide("runnerControl", `http://127.0.0.1:${controlPort}`);
  return async () => {
    control.close();
    await (runner as Proc | null)?.stop();
    secretFile.remove();
  };
}
