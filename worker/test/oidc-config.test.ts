/**
 * The deployment's OpenID Connect providers (OIDC_PROVIDERS and one OIDC_<ID>_CLIENT_SECRET each):
 * what the sign-in page is offered, the start of a sign-in with a well-known provider, and every
 * misconfiguration answered by an error that names the variable to fix. The sign-in itself, against
 * a real identity provider, is test/node/oidc.test.ts.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MeResponseSchema } from "../../contracts/accounts";
import { pathTo, ROUTES } from "../../contracts/routes";
import { authFor } from "../accounts/auth";
import { PAGE } from "./accounts";
import { fetchWith, PRODUCTION } from "./with-vars";

const providers = (list: unknown[]) => JSON.stringify(list);
const WELL_KNOWN: Record<string, string> = {
  OIDC_PROVIDERS: providers([
    { id: "google", clientId: "g-client" },
    { id: "github", clientId: "gh-client", name: "GitHub (Acme)" },
    { id: "microsoft", clientId: "ms-client", tenant: "contoso.onmicrosoft.com" },
    { id: "acme-sso", name: "Acme SSO", issuer: "https://sso.acme.example", clientId: "acme-client" },
  ]),
  OIDC_GOOGLE_CLIENT_SECRET: "g-secret",
  OIDC_GITHUB_CLIENT_SECRET: "gh-secret",
  OIDC_MICROSOFT_CLIENT_SECRET: "ms-secret",
  OIDC_ACME_SSO_CLIENT_SECRET: "acme-secret",
};

async function meWith(vars: Record<string, string>, origin = PAGE) {
  return fetchWith(vars, `${origin}${pathTo(ROUTES.me)}`);
}

function startSignIn(vars: Record<string, string>, provider: string) {
  return fetchWith(vars, `${PAGE}/api/auth/sign-in/social`, {
    method: "POST",
    headers: { Origin: PAGE, "Content-Type": "application/json" },
    body: JSON.stringify({ provider, callbackURL: "/" }),
  });
}

async function configError(vars: Record<string, string>): Promise<string> {
  const res = await meWith(vars);
  expect(res.status).toBe(500);
  return ((await res.json()) as { error: { message: string } }).error.message;
}

describe("OpenID Connect providers from the deployment's configuration", () => {
  it("the sign-in page is offered each configured provider by id and name, and none when none is configured", async () => {
    const me = MeResponseSchema.parse(await (await meWith(WELL_KNOWN)).json());
    expect(me.signIn.providers).toEqual([
      { id: "google", name: "Google" },
      { id: "github", name: "GitHub (Acme)" },
      { id: "microsoft", name: "Microsoft" },
      { id: "acme-sso", name: "Acme SSO" },
    ]);
    expect(MeResponseSchema.parse(await (await meWith({})).json()).signIn.providers).toEqual([]);
  });

  it("Google, GitHub and Microsoft sign-ins go to the provider with this origin's callback, and no secret in the URL", async () => {
    const expected: [string, string, string][] = [
      ["google", "https://accounts.google.com/o/oauth2/v2/auth", "g-client"],
      ["github", "https://github.com/login/oauth/authorize", "gh-client"],
      ["microsoft", "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize", "ms-client"],
    ];
    for (const [provider, authorize, clientId] of expected) {
      const res = await startSignIn(WELL_KNOWN, provider);
      expect(res.status, provider).toBe(200);
      const url = new URL(((await res.json()) as { url: string }).url);
      expect(`${url.origin}${url.pathname}`).toBe(authorize);
      expect(url.searchParams.get("client_id")).toBe(clientId);
      expect(url.searchParams.get("redirect_uri")).toBe(`${PAGE}/api/auth/callback/${provider}`);
      expect(url.href).not.toMatch(/secret/);
    }
  });

  it("an issuer that cannot be found fails its own sign-ins (503), not the rest of the site", async () => {
    // Nothing listens on port 1: the issuer is down, or its name mistyped.
    const nowhere = "http://127.0.0.1:1";
    const vars: Record<string, string> = { OIDC_PROVIDERS: providers([{ id: "lost", name: "Lost SSO", issuer: nowhere, clientId: "c" }]), OIDC_LOST_CLIENT_SECRET: "s" };
    const start = await startSignIn(vars, "lost");
    expect(start.status).toBe(503);
    expect(await start.text()).toContain("Lost SSO cannot be reached");
    expect((await meWith(vars)).status).toBe(200);
  });

  it("Duet keeps who signed in, not the provider's tokens", async () => {
    const auth = authFor({ ...env, ...WELL_KNOWN } as Env, PAGE);
    const context = await auth.$context;
    const user = await context.internalAdapter.createUser({ name: "Tokened", email: `tokened-${crypto.randomUUID()}@acme.example`, emailVerified: true }, { method: "oauth", oauth: { providerId: "google" } });
    await context.internalAdapter.createAccount({ userId: user.id, providerId: "google", accountId: `g-${user.id}`, accessToken: "at", refreshToken: "rt", idToken: "it" });
    const row = await env.DB.prepare("SELECT access_token, refresh_token, id_token FROM auth_accounts WHERE user_id = ?").bind(user.id).first();
    expect(row).toEqual({ access_token: null, refresh_token: null, id_token: null });
  });

  it("a misconfiguration is an error naming what to fix", async () => {
    const one = (entry: unknown, secrets: Record<string, string> = { OIDC_ACME_CLIENT_SECRET: "s" }) => ({ OIDC_PROVIDERS: providers([entry]), ...secrets });
    const acme = { id: "acme", name: "Acme", issuer: "https://sso.acme.example", clientId: "c" };
    expect(await configError({ OIDC_PROVIDERS: "[{id:google}]" })).toMatch(/^OIDC_PROVIDERS is not JSON/);
    expect(await configError({ OIDC_PROVIDERS: '{"id":"google"}' })).toMatch(/^OIDC_PROVIDERS must be a JSON list/);
    expect(await configError(one({ ...acme, clientId: "" }))).toMatch(/^OIDC_PROVIDERS \[0\]\.clientId/);
    expect(await configError(one({ ...acme, issuer: "not a url" }))).toMatch(/^OIDC_PROVIDERS \[0\]\.issuer/);
    expect(await configError(one({ ...acme, issuer: "https://sso.acme.example/?tenant=1" }))).toMatch(/^OIDC_PROVIDERS \[0\]\.issuer/);
    expect(await configError(one({ ...acme, id: "Acme SSO" }))).toMatch(/^OIDC_PROVIDERS \[0\]\.id/);
    expect(await configError(one({ ...acme, id: "cloudflare-access" }))).toMatch(/reserved/);
    expect(await configError(one({ ...acme, issuer: undefined }))).toMatch(/^OIDC_PROVIDERS \[0\]\.issuer/);
    expect(await configError(one({ id: "google", clientId: "c", issuer: "https://x.example" }))).toMatch(/^OIDC_PROVIDERS \[0\]/);
    expect(await configError({ OIDC_PROVIDERS: providers([acme, acme]), OIDC_ACME_CLIENT_SECRET: "s" })).toMatch(/"acme" appears twice/);
    expect(await configError(one(acme, {}))).toMatch(/^OIDC_ACME_CLIENT_SECRET is not set/);
    expect(await configError(one({ ...acme, id: "acme-sso" }))).toMatch(/^OIDC_ACME_SSO_CLIENT_SECRET is not set/);
  });

  it("production takes only https issuers", async () => {
    const acme = { id: "acme", name: "Acme", issuer: "http://sso.acme.example", clientId: "c" };
    const vars = { ...(PRODUCTION as Record<string, string>), OIDC_PROVIDERS: providers([acme]), OIDC_ACME_CLIENT_SECRET: "s" };
    const res = await meWith(vars, "https://duet.example");
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/^OIDC_PROVIDERS \[0\]\.issuer: production needs an https issuer/);
    const https = await meWith({ ...vars, OIDC_PROVIDERS: providers([{ ...acme, issuer: "https://sso.acme.example" }]) }, "https://duet.example");
    expect(MeResponseSchema.parse(await https.json()).signIn.providers).toEqual([{ id: "acme", name: "Acme" }]);
  });
});
