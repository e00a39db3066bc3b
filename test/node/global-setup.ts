import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: plain ESM helper shared with the start script
import { applyLocalMigrations, freePort, startWranglerDev, waitForHttp } from "../../scripts/lib/processes.mjs";
import { IDP_PROVIDER_ID, startTestIdp } from "./oidc-idp";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The server's local storage and token secret, for `npm run dev:token` against it. */
    persistTo: string;
    tokenSecret: string;
    /** The local OpenID Connect provider the server signs in with (test/node/oidc-idp.ts). */
    idpIssuer: string;
  }
}

/** One `wrangler dev` (workerd, real Durable Objects, fresh local storage) for the node tests. */
export default async function setup(project: TestProject) {
  const port = await freePort();
  const persistTo = mkdtempSync(join(tmpdir(), "duet-node-test-"));
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const tokenSecret = randomBytes(32).toString("hex");
  applyLocalMigrations(root, { persistTo });
  const baseUrl = `http://127.0.0.1:${port}`;
  const idp = await startTestIdp(baseUrl);
  const oidcProviders = [{ id: IDP_PROVIDER_ID, name: "Test IdP", issuer: idp.issuer, clientId: idp.clientId }];
  const dev = startWranglerDev(root, {
    port,
    persistTo,
    quiet: true,
    vars: { DUET_ENV: "test", TOKEN_SECRET: tokenSecret, OIDC_PROVIDERS: JSON.stringify(oidcProviders), OIDC_TEST_IDP_CLIENT_SECRET: idp.clientSecret },
  });
  await waitForHttp(`${baseUrl}/healthz`, dev, 90_000);
  project.provide("baseUrl", baseUrl);
  project.provide("persistTo", persistTo);
  project.provide("tokenSecret", tokenSecret);
  project.provide("idpIssuer", idp.issuer);
  return async () => {
    await dev.stop();
    await idp.stop();
    rmSync(persistTo, { recursive: true, force: true });
  };
}
