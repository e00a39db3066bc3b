/**
 * The whole product for the end-to-end tests: the web app built, and scripts/lib/product.mjs's
 * runner + `wrangler dev` (fresh local storage, migrations applied, problems seeded).
 */
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helper
import { ensureDevVars } from "../../scripts/lib/dev-vars.mjs";
// @ts-expect-error: plain ESM helper shared with the benches
import { startProduct as startLocalProduct } from "../../scripts/lib/product.mjs";
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
export async function startProduct({ wranglerLog }: { wranglerLog?: string } = {}): Promise<Product> {
  ensureDevVars(ROOT); // TOKEN_SECRET for wrangler dev
  buildWeb(ROOT);
  // Outside production a server has one rate-limit bucket for everyone (worker/client-address.ts):
  // here that is every page of the whole e2e run, so its limits are lifted as in the workers suite.
  return startLocalProduct(ROOT, {
    wranglerLog,
    vars: { RATE_SOCKET_CONNECTS_PER_MINUTE: "100000", RATE_ROOM_CREATES_PER_MINUTE: "100000", RATE_SIGN_INS_PER_MINUTE: "100000" },
  });
}

export default async function setup(project: TestProject) {
  // wrangler dev's own log, every request with its status and time, each line stamped with when it
  // was written: what a page that waits for its load event was waiting on (a stall's evidence).
  const artifacts = join(ROOT, "test-artifacts");
  mkdirSync(artifacts, { recursive: true });
  const wranglerLog = join(artifacts, "e2e-wrangler.log");
  rmSync(wranglerLog, { force: true });
  const product = await startProduct({ wranglerLog });
  project.provide("baseUrl", product.baseUrl);
  // wrangler dev now and then holds a page's asset responses until some other request reaches it:
  // in a clean CI run five assets of one page were answered after 52,858 ms, the moment the next
  // test's POST /api/rooms arrived, and the page's retry in between never showed in the log. A
  // request every 2 s bounds such a stall (browser.ts still retries and logs a slow navigation).
  const heartbeat = setInterval(() => void fetch(`${product.baseUrl}/healthz`, { signal: AbortSignal.timeout(5000) }).catch(() => {}), 2000);
  heartbeat.unref();
  return () => {
    clearInterval(heartbeat);
    return product.stop();
  };
}
