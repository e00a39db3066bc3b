import { randomBytes } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helper shared with the start script
import { applyLocalMigrations, freePort, startWranglerDev, waitForHttp } from "../../scripts/lib/processes.mjs";
// @ts-expect-error: plain ESM helper shared with the start script
import { startRunner } from "../../scripts/lib/runners.mjs";
// @ts-expect-error: plain ESM helper shared with the start script
import { writeRunnerSecret } from "../../runner-service/launch/secret-file.mjs";
import { IDP_PROVIDER_ID, startTestIdp } from "./oidc-idp";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's local storage and token secret, for `npm run dev:token` against it. */
    persistTo: string;
    tokenSecret: string;
    /** The local OpenID Connect provider the server signs in with (test/node/oidc-idp.ts). */
    idpIssuer: string;
    /** Everything wrangler dev (the Worker and the Room) and the runner print, as files (test/node/logs.test.ts). */
    workerLog: string;
    runnerLog: string;
    /** GET /healthz/deep's Bearer token on this server. */
    healthToken: string;
  }
}

type Piped = { child: { stdout: NodeJS.ReadableStream; stderr: NodeJS.ReadableStream } };

/** Appends a quiet process's stdout and stderr to `path` as they come. */
function tee(proc: Piped, path: string): void {
  const file = createWriteStream(path, { flags: "a" });
  proc.child.stdout.on("data", (d) => file.write(d));
  proc.child.stderr.on("data", (d) => file.write(d));
}

/** One `wrangler dev` (workerd, real Durable Objects, fresh local storage) and its runner for the node tests. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), "duet-node-test-"));
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const tokenSecret = randomBytes(32).toString("hex");
  const healthToken = randomBytes(24).toString("hex");
  const [workerLog, runnerLog] = [join(persistTo, "worker.log"), join(persistTo, "runner.log")];
  const runnerPort = await freePort();
  const runnerUrl = `http://127.0.0.1:${runnerPort}`;
  const runnerSecret = randomBytes(24).toString("hex");
  const secretFile = writeRunnerSecret(runnerSecret); // the runner reads a 0600 file; the Worker keeps RUNNER_SECRET
  const runner = startRunner(root, { port: runnerPort, quiet: true, env: { ...secretFile.env, DUET_ENV: "test" } }); // its own data directory
  tee(runner, runnerLog);
  applyLocalMigrations(root, { persistTo });
  const baseUrl = `http://127.0.0.1:${port}`;
  const idp = await startTestIdp(baseUrl);
  const oidcProviders = [{ id: IDP_PROVIDER_ID, name: "Test IdP", issuer: idp.issuer, clientId: idp.clientId }];
  const dev = startWranglerDev(root, {
    port,
    persistTo,
    quiet: true,
    logLevel: "log", // wrangler's level that passes the Worker's and the Room's console.log lines through (logs.test.ts)
    vars: {
      DUET_ENV: "test", TOKEN_SECRET: tokenSecret, OIDC_PROVIDERS: JSON.stringify(oidcProviders), OIDC_TEST_IDP_CLIENT_SECRET: idp.clientSecret,
      RUNNER_URL: runnerUrl, RUNNER_SECRET: runnerSecret, HEALTH_TOKEN: healthToken,
    },
  });
  tee(dev, workerLog);
  await Promise.all([waitForHttp(`${baseUrl}/healthz`, dev, 90_000), waitForHttp(`${runnerUrl}/healthz`, runner, 60_000)]);
  project.provide("baseUrl", baseUrl);
  project.provide("persistTo", persistTo);
  project.provide("tokenSecret", tokenSecret);
  project.provide("idpIssuer", idp.issuer);
  project.provide("workerLog", workerLog);
  project.provide("runnerLog", runnerLog);
  project.provide("healthToken", healthToken);
  return async () => {
    await Promise.all([dev.stop(), runner.stop()]);
    secretFile.remove();
    await idp.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
