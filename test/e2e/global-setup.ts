/**
 * The whole product for the end-to-end tests: the web app built, the runner on a free port with a
 * fresh secret, and `wrangler dev` (fresh local storage, migrations applied) pointed at it.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helpers shared with the start script
import { applyLocalMigrations, freePort, startProcess, startWranglerDev, waitForHttp } from "../../scripts/lib/processes.mjs";
// @ts-expect-error: plain ESM helper
import { ensureDevVars } from "../../scripts/lib/dev-vars.mjs";
// @ts-expect-error: plain ESM helper
import { buildWeb } from "../../scripts/lib/web.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export interface Product {
  baseUrl: string;
  stop(): Promise<void>;
}

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Starts runner + Worker; shared by the e2e global setup and the web benchmark. */
export async function startProduct(): Promise<Product> {
  ensureDevVars(ROOT); // TOKEN_SECRET for wrangler dev
  buildWeb(ROOT);
  const persistTo = mkdtempSync(join(tmpdir(), "duet-e2e-"));
  applyLocalMigrations(ROOT, { persistTo });
  const [runnerPort, port] = [await freePort(), await freePort()];
  const secret = randomBytes(24).toString("hex");
  const runnerUrl = `http://127.0.0.1:${runnerPort}`;
  const runner = startProcess("runner", "npx", ["tsx", "runner-service/src/main.ts"], {
    cwd: ROOT,
    quiet: true,
    env: { RUNNER_SECRET: secret, RUNNER_PORT: String(runnerPort), RUNNER_HOST: "127.0.0.1" },
  });
  const dev = startWranglerDev(ROOT, {
    port,
    persistTo,
    quiet: true,
    vars: { DUET_ENV: "test", DEV_OPEN_ROOMS: "0", RUNNER_URL: runnerUrl, RUNNER_SECRET: secret },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await Promise.all([dev.stop(), runner.stop()]);
    rmSync(persistTo, { recursive: true, force: true });
  };
  try {
    await Promise.all([waitForHttp(`${runnerUrl}/healthz`, runner, 90_000), waitForHttp(`${baseUrl}/healthz`, dev, 90_000)]);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, stop };
}

export default async function setup(project: TestProject) {
  const product = await startProduct();
  project.provide("baseUrl", product.baseUrl);
  return () => product.stop();
}
