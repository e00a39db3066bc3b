/**
 * A real OpenID Connect identity provider on loopback for the sign-in tests: panva's
 * oidc-provider (certified), with one confidential client — Duet — whose only redirect URI is
 * Duet's callback. Its development interactions are the login and consent forms a person would
 * fill in; any login is accepted, and the directory below says who that login is.
 */
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { exportJWK, generateKeyPair } from "jose";
import Provider from "oidc-provider";
// @ts-expect-error: plain ESM helper shared with the start script
import { freePort } from "../../scripts/lib/processes.mjs";

export const IDP_PROVIDER_ID = "test-idp";

/** Who a login is at the test IdP: its ID token's name and e-mail. */
export function personAt(login: string) {
  return { sub: login, name: `${login[0].toUpperCase()}${login.slice(1)} Tester`, email: `${login}@idp.example`, email_verified: true };
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop(): Promise<void>;
}

/** Starts the IdP for a Duet served at `duetOrigin`. */
export async function startTestIdp(duetOrigin: string): Promise<TestIdp> {
  const port: number = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "duet";
  const clientSecret = randomBytes(24).toString("hex");
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const provider = new Provider(issuer, {
    clients: [{
      client_id: clientId,
      client_secret: clientSecret,
      redirect_uris: [`${duetOrigin}/api/auth/callback/${IDP_PROVIDER_ID}`],
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    }],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: "test-idp-key", alg: "RS256", use: "sig" }] as never },
    cookies: { keys: [randomBytes(32).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The scopes' claims go in the ID token itself, as many issuers do (Google, Entra ID).
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    ttl: { AuthorizationCode: 60, IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    findAccount: (_ctx, login) => ({ accountId: login, claims: () => personAt(login) }),
  });
  const server = createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
