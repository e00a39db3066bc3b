/**
 * Sign-in behind Cloudflare Access (issue 13): a token Access signed for this application becomes
 * a Duet session — the first time with a new account, later with the same one — and every token
 * Access did not issue for us (another audience, another team, expired, a key the team does not
 * publish, unsigned, garbled) is refused with 401 and creates nothing. The team's keys come from a
 * local key server (worker/test/jwks-global-setup.ts) standing in for <team>.cloudflareaccess.com.
 */
import { env } from "cloudflare:test";
import { generateKeyPair, importJWK, type JWTPayload, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { MeResponseSchema } from "../../contracts/accounts";
import { pathTo, ROUTES } from "../../contracts/routes";
import { cookieFrom, PAGE } from "./accounts";
import { fetchWith, PRODUCTION } from "./with-vars";

const { TEST_CF_ACCESS_TEAM_DOMAIN: TEAM, TEST_CF_ACCESS_SIGNING_KEY: SIGNING_KEY } = env as unknown as Record<string, string>;
const AUD = "4714c1358e65fe4b408ad6d432a5f878f08194bdb4752441fd56faefa9b2b6f2";
const ACCESS: Record<string, string> = { CF_ACCESS_TEAM_DOMAIN: TEAM, CF_ACCESS_AUD: AUD };
const SIGN_IN = `${PAGE}/api/auth/cloudflare-access`;

interface TokenOptions {
  claims?: JWTPayload;
  /** Another private key (and its kid) than the team's. */
  key?: { key: CryptoKey; kid: string };
}

/** A token as Access issues it for a person: RS256 by the team's key, our audience, an hour to live. */
async function accessToken(email: string, { claims = {}, key }: TokenOptions = {}): Promise<string> {
  const jwk = JSON.parse(SIGNING_KEY) as { kid: string };
  const signing = key ?? { key: (await importJWK(jwk, "RS256")) as CryptoKey, kid: jwk.kid };
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ email, type: "app", identity_nonce: "nonce", country: "NL", iss: TEAM, aud: [AUD], sub: `sub-${email}`, iat: now, nbf: now, exp: now + 3600, ...claims })
    .setProtectedHeader({ alg: "RS256", kid: signing.kid })
    .sign(signing.key);
}

function signIn(token: string | null, init: { vars?: Record<string, string>; origin?: string } = {}) {
  const headers: Record<string, string> = { Origin: init.origin ?? PAGE };
  if (token !== null) headers["Cf-Access-Jwt-Assertion"] = token;
  return fetchWith(init.vars ?? ACCESS, SIGN_IN, { method: "POST", headers });
}

async function me(cookie: string | null, vars: Record<string, string> = ACCESS) {
  const res = await fetchWith(vars, `${PAGE}${pathTo(ROUTES.me)}`, { headers: cookie ? { Cookie: cookie } : {} });
  return MeResponseSchema.parse(await res.json());
}

const usersWithEmail = async (email: string) =>
  (await env.DB.prepare("SELECT COUNT(*) AS n FROM users WHERE email = ?").bind(email).first<{ n: number }>())?.n;

const uniqueEmail = (who: string) => `${who}.${crypto.randomUUID().slice(0, 8)}@acme.example`;

describe("Cloudflare Access sign-in", () => {
  it("a person Access let through gets an account and a session; signing in again finds the same account", async () => {
    const email = uniqueEmail("ada");
    const first = await signIn(await accessToken(email));
    expect(first.status).toBe(200);
    const session = first.headers.getSetCookie().find((c) => c.startsWith("duet.session_token="));
    expect(session).toMatch(/HttpOnly/i);
    const signedIn = await me(cookieFrom(first));
    expect(signedIn.user).toMatchObject({ email, name: email.split("@")[0] });

    const again = await signIn(await accessToken(email));
    expect(again.status).toBe(200);
    expect((await me(cookieFrom(again))).user?.id).toBe(signedIn.user?.id);
    expect(await usersWithEmail(email)).toBe(1);
    const row = await env.DB.prepare("SELECT provider_id, account_id FROM auth_accounts WHERE user_id = ?").bind(signedIn.user?.id).first();
    expect(row).toEqual({ provider_id: "cloudflare-access", account_id: `sub-${email}` });
  });

  it("keeps the team's keys instead of fetching them for every sign-in", async () => {
    await signIn(await accessToken(uniqueEmail("warm"))); // the keys are fetched by now
    const fetches = async () => Number(await (await fetch(`${TEAM}/fetches`)).text());
    const before = await fetches();
    for (const who of ["bo", "cy", "di"]) expect((await signIn(await accessToken(uniqueEmail(who)))).status).toBe(200);
    expect(await fetches()).toBe(before);
  });

  it("refuses every token Access did not issue for this application, with 401 and nothing created", async () => {
    const stranger = await generateKeyPair("RS256");
    const hour = 3600;
    const now = Math.floor(Date.now() / 1000);
    const cases: [string, (email: string) => Promise<string>][] = [
      ["another application's audience", (e) => accessToken(e, { claims: { aud: ["someone-elses-aud"] } })],
      ["expired", (e) => accessToken(e, { claims: { iat: now - 2 * hour, nbf: now - 2 * hour, exp: now - hour } })],
      ["not yet valid", (e) => accessToken(e, { claims: { nbf: now + hour } })],
      ["another team as issuer", (e) => accessToken(e, { claims: { iss: "https://evil.cloudflareaccess.com" } })],
      ["a key the team does not publish", (e) => accessToken(e, { key: { key: stranger.privateKey, kid: "stranger" } })],
      ["a stranger's key under the team's key id", (e) => accessToken(e, { key: { key: stranger.privateKey, kid: JSON.parse(SIGNING_KEY).kid } })],
      ["unsigned (alg none)", async (e) => `${b64({ alg: "none", typ: "JWT" })}.${b64({ email: e, sub: "x", iss: TEAM, aud: [AUD], exp: now + hour, iat: now })}.`],
      ["garbled", async () => "not.a.token"],
      ["its signature cut off", async (e) => (await accessToken(e)).split(".").slice(0, 2).join(".")],
      ["its payload swapped after signing", async (e) => { const [h, , s] = (await accessToken(e)).split("."); return `${h}.${b64({ email: e, sub: "admin", iss: TEAM, aud: [AUD], exp: now + hour, iat: now })}.${s}`; }],
    ];
    for (const [what, make] of cases) {
      const email = uniqueEmail("mallory");
      const res = await signIn(await make(email));
      expect(res.status, what).toBe(401);
      expect(res.headers.getSetCookie().some((c) => c.startsWith("duet.session_token=")), what).toBe(false);
      expect(await usersWithEmail(email), what).toBe(0);
    }
    expect((await signIn(null)).status).toBe(401);
  });

  it("a service token (a machine, no e-mail) gets no account", async () => {
    const res = await signIn(await accessToken("", { claims: { email: undefined, sub: "", common_name: "ci.access" } }));
    expect(res.status).toBe(403);
  });

  it("an e-mail another sign-in method already uses is refused, not taken over", async () => {
    const email = uniqueEmail("eve");
    expect((await signIn(await accessToken(email))).status).toBe(200);
    const otherSubject = await signIn(await accessToken(email, { claims: { sub: "another-identity" } }));
    expect(otherSubject.status).toBe(409);
    expect(await usersWithEmail(email)).toBe(1);
  });

  it("a page of another site cannot sign its visitor in", async () => {
    const email = uniqueEmail("csrf");
    const res = await signIn(await accessToken(email), { origin: "https://evil.example" });
    expect(res.status).toBe(403);
    expect(await usersWithEmail(email)).toBe(0);
  });

  it("GET /api/me offers Access only where it is configured; elsewhere its endpoint says it is off", async () => {
    expect((await me(null)).signIn.cloudflareAccess).toBe(true);
    expect((await me(null, {})).signIn.cloudflareAccess).toBe(false);
    const off = await signIn(await accessToken(uniqueEmail("off")), { vars: {} });
    expect(off.status).toBe(404);
  });

  it("a misconfiguration is an error naming the variable; production takes only an https *.cloudflareaccess.com team", async () => {
    const misconfigured = async (vars: Record<string, string>) => {
      const res = await fetchWith(vars, `${PAGE}${pathTo(ROUTES.me)}`);
      expect(res.status).toBe(500);
      return ((await res.json()) as { error: { message: string } }).error.message;
    };
    expect(await misconfigured({ CF_ACCESS_AUD: AUD })).toContain("CF_ACCESS_TEAM_DOMAIN");
    expect(await misconfigured({ CF_ACCESS_TEAM_DOMAIN: TEAM })).toContain("CF_ACCESS_AUD");
    expect(await misconfigured({ ...ACCESS, CF_ACCESS_TEAM_DOMAIN: "acme" })).toContain("CF_ACCESS_TEAM_DOMAIN");
    expect(await misconfigured({ ...ACCESS, CF_ACCESS_TEAM_DOMAIN: `${TEAM}/path` })).toContain("CF_ACCESS_TEAM_DOMAIN");
    const production = { ...PRODUCTION } as Record<string, string>;
    for (const team of [TEAM, "http://acme.cloudflareaccess.com", "https://acme.example.com", "https://acme.cloudflareaccess.com.evil.example"]) {
      expect(await misconfigured({ ...production, CF_ACCESS_AUD: AUD, CF_ACCESS_TEAM_DOMAIN: team }), team).toContain("CF_ACCESS_TEAM_DOMAIN");
    }
    const realTeam: Record<string, string> = { ...production, CF_ACCESS_AUD: AUD, CF_ACCESS_TEAM_DOMAIN: "https://acme.cloudflareaccess.com" };
    const ok = await fetchWith(realTeam, `https://duet.example${pathTo(ROUTES.me)}`);
    expect(MeResponseSchema.parse(await ok.json()).signIn.cloudflareAccess).toBe(true);
  });
});

function b64(value: object): string {
  return btoa(JSON.stringify(value)).replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
}
