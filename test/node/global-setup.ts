import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helper shared with the start script
import { applyLocalMigrations, freePort, startWranglerDev, waitForHttp } from "../../scripts/lib/processes.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's local storage and token secret, for `npm run dev:token` against it. */
    persistTo: string;
    tokenSecret: string;
  }
}

/** One `wrangler dev` (workerd, real Durable Objects, fresh local storage) for the node tests. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), "duet-node-test-"));
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const tokenSecret = randomBytes(32).toString("hex");
  applyLocalMigrations(root, { persistTo });
  const dev = startWranglerDev(root, {
    port,
    persistTo,
    quiet: true,
    vars: { DUET_ENV: "test", TOKEN_SECRET: tokenSecret },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHttp(`${baseUrl}/healthz`, dev, 90_000);
  project.provide("baseUrl", baseUrl);
  project.provide("persistTo", persistTo);
  project.provide("tokenSecret", tokenSecret);
  return async () => {
    await dev.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
