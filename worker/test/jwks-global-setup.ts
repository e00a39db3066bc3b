/**
 * A stand-in for a Cloudflare Access team domain: a loopback server publishing one RS256 key at
 * `/cdn-cgi/access/certs`, as `https://<team>.cloudflareaccess.com` does. The tests get its origin
 * and the private key (to sign tokens as Access would), and `/fetches` counts key-set fetches so a
 * test can see that the Worker keeps the keys rather than fetching them for every sign-in.
 */
import { createServer } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    cfAccessTeamDomain: string;
    cfAccessSigningKey: string;
  }
}

const ACCESS_KEY_ID = "duet-test-access-key";

export default async function setup(project: TestProject) {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const publicJwk = { ...(await exportJWK(publicKey)), kid: ACCESS_KEY_ID, alg: "RS256", use: "sig" };
  const privateJwk = { ...(await exportJWK(privateKey)), kid: ACCESS_KEY_ID, alg: "RS256" };
  let fetches = 0;
  const server = createServer((req, res) => {
    if (req.url === "/cdn-cgi/access/certs") {
      fetches++;
      res.setHeader("Content-Type", "application/json");
      res.end(JSON.stringify({ keys: [publicJwk] }));
    } else if (req.url === "/fetches") {
      res.end(String(fetches));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  project.provide("cfAccessTeamDomain", `http://127.0.0.1:${port}`);
  project.provide("cfAccessSigningKey", JSON.stringify(privateJwk));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
