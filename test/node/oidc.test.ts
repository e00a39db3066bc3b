/**
 * OpenID Connect sign-in (issue 13) against a real identity provider on loopback (oidc-provider,
 * started by global-setup.ts with the Duet server configured to use it): the whole redirect dance
 * as a browser does it — Duet's sign-in start, the IdP's login and consent forms, the callback —
 * ends with a session cookie for which GET /api/me names the person from the ID token; the next
 * sign-in finds the same account; a tampered or replayed callback, or one that reaches another
 * browser, signs nobody in.
 */
import { inject } from "vitest";
import { describe, expect, it } from "vitest";
import { MeResponseSchema } from "../../contracts/accounts";
import { IDP_PROVIDER_ID, personAt } from "./oidc-idp";
import { type Page, TestBrowser } from "./test-browser";

const BASE = inject("baseUrl");
const IDP = inject("idpIssuer");
const CALLBACK_PATH = `/api/auth/callback/${IDP_PROVIDER_ID}`;
const atCallback = (next: URL) => next.origin === BASE && next.pathname === CALLBACK_PATH;

/** Starts a sign-in at Duet as the sign-in page does; returns the IdP's authorization URL. */
async function startSignIn(browser: TestBrowser, body: Record<string, unknown> = {}) {
  const res = await browser.request(`${BASE}/api/auth/sign-in/social`, {
    method: "POST",
    headers: { Origin: BASE, "Content-Type": "application/json" },
    body: JSON.stringify({ provider: IDP_PROVIDER_ID, callbackURL: "/", errorCallbackURL: "/?sign-in=failed", ...body }),
  });
  return res;
}

/** Signs in at the IdP as `login`, up to the redirect back to Duet's callback (not yet followed). */
async function throughIdp(browser: TestBrowser, login: string): Promise<string> {
  const start = await startSignIn(browser);
  expect(start.status).toBe(200);
  const { url } = (await start.json()) as { url: string };
  const loginForm: Page = await browser.navigate(url, {}, atCallback);
  expect(loginForm.url.startsWith(IDP)).toBe(true);
  const consent = await browser.submit(loginForm, { login, password: "any password" }, atCallback);
  const back = consent.status === 0 ? consent : await browser.submit(consent, {}, atCallback);
  expect(back.status, back.html.slice(0, 500)).toBe(0);
  return back.url;
}

async function me(browser: TestBrowser) {
  const res = await browser.request(`${BASE}/api/me`);
  return MeResponseSchema.parse(await res.json());
}

function sessionSet(res: Response) {
  return res.headers.getSetCookie().some((c) => c.startsWith("duet.session_token=") && !/max-age=0/i.test(c));
}

/**
 * Where a refused callback sends the browser: to an error page of this site saying why (the sign-in
 * page's, or better-auth's own when the state that named the sign-in page's is what failed).
 */
function expectRefused(res: Response) {
  expect(res.status).toBe(302);
  const location = new URL(res.headers.get("location") ?? "", BASE);
  expect(location.origin).toBe(BASE);
  expect(location.searchParams.get("error")).toBeTruthy();
  expect(sessionSet(res)).toBe(false);
}

describe("OpenID Connect sign-in", () => {
  it("the sign-in page lists the provider, and its authorization request comes back to this origin with state, PKCE and a nonce", async () => {
    const browser = new TestBrowser();
    expect((await me(browser)).signIn.providers).toContainEqual({ id: IDP_PROVIDER_ID, name: "Test IdP" });
    const { url } = (await (await startSignIn(browser)).json()) as { url: string };
    const authorize = new URL(url);
    expect(authorize.origin).toBe(IDP);
    expect(authorize.searchParams.get("redirect_uri")).toBe(`${BASE}${CALLBACK_PATH}`);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    expect(authorize.searchParams.get("scope")?.split(" ")).toEqual(expect.arrayContaining(["openid", "email", "profile"]));
  });

  it("a first sign-in creates the account from the ID token; a later one, in another browser, finds it", async () => {
    const login = `ada${Date.now()}`;
    const first = new TestBrowser();
    const callback = await first.request(await throughIdp(first, login));
    expect(callback.status).toBe(302);
    expect(callback.headers.get("location")).toBe("/");
    expect(sessionSet(callback)).toBe(true);
    const { user } = await me(first);
    expect(user).toMatchObject({ name: personAt(login).name, email: personAt(login).email });

    const second = new TestBrowser();
    await second.request(await throughIdp(second, login));
    expect((await me(second)).user?.id).toBe(user?.id);

    const someoneElse = new TestBrowser();
    await someoneElse.request(await throughIdp(someoneElse, `grace${Date.now()}`));
    expect((await me(someoneElse)).user?.id).not.toBe(user?.id);
  });

  it("a callback with its state or code tampered with signs nobody in", async () => {
    for (const param of ["state", "code"]) {
      const browser = new TestBrowser();
      const callback = new URL(await throughIdp(browser, `mallory${Date.now()}`));
      callback.searchParams.set(param, `${callback.searchParams.get(param)}x`);
      expectRefused(await browser.request(callback.href));
      expect((await me(browser)).user, param).toBeNull();
    }
  });

  it("a callback that reaches another browser (no state cookie), or comes again, signs nobody in", async () => {
    const victim = new TestBrowser();
    const callback = await throughIdp(victim, `victor${Date.now()}`);
    const attacker = new TestBrowser();
    expectRefused(await attacker.request(callback));
    expect((await me(attacker)).user).toBeNull();

    expect(sessionSet(await victim.request(callback))).toBe(true);
    const replay = new TestBrowser();
    expectRefused(await replay.request(callback));
  });

  it("a sign-in that would return to another site, or names no configured provider, does not start", async () => {
    const browser = new TestBrowser();
    expect((await startSignIn(browser, { callbackURL: "https://evil.example/" })).status).toBe(403);
    expect((await startSignIn(browser, { errorCallbackURL: "https://evil.example/" })).status).toBe(403);
    const unknown = await startSignIn(browser, { provider: "nobody" });
    expect(unknown.status).toBeGreaterThanOrEqual(400);
    expect(unknown.status).toBeLessThan(500);
  });
});
