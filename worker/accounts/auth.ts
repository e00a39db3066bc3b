/**
 * Interviewer accounts through better-auth: passkeys (no e-mail service needed), OpenID Connect
 * providers the deployment configures, and sessions in HttpOnly cookies (SameSite=Lax, Secure
 * in production). better-auth owns the protocol-heavy parts — WebAuthn ceremonies, OAuth state
 * and PKCE, cookie signing, session rotation — and its tables (data/account-schema.ts).
 * Organisations, roles and keys are Duet's own (data/orgs.ts).
 *
 * One instance per isolate and origin: the options depend on the environment and the origin the
 * browser used (a passkey is bound to the host name), not on the request.
 */
import { passkey } from "@better-auth/passkey";
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { isProduction } from "../../contracts/environment";
import { authTables } from "../../data/account-schema";
import { db } from "../../data/db";
import { allowedOrigins } from "../auth/origins";
import { authSecret } from "../auth/secret";
import { accountDeletionGuard } from "./account-deletion";
import { accountStart } from "./account-start";
import { cloudflareAccess, cloudflareAccessEnabled } from "./cloudflare-access";
import { oidcProviderList, oidcProviders } from "./oidc-providers";
import { recovery } from "./recovery";

export const AUTH_BASE_PATH = "/api/auth";
/** The session cookie's name prefix: `duet.session_token` (`__Secure-duet.session_token` over https). */
export const COOKIE_PREFIX = "duet";
const SESSION_DAYS = 14;

function createAuth(env: Env, origin: string) {
  const production = isProduction(env);
  return betterAuth({
    appName: "Duet",
    baseURL: origin,
    basePath: AUTH_BASE_PATH,
    secret: authSecret(env),
    database: drizzleAdapter(db(env.DB), { provider: "sqlite", schema: authTables }),
    trustedOrigins: [...allowedOrigins(env, origin)],
    emailAndPassword: { enabled: false },
    session: { expiresIn: SESSION_DAYS * 86_400, updateAge: 86_400 },
    account: { accountLinking: { enabled: false } },
    user: { deleteUser: { enabled: true } },
    // The Worker's own rate limits (worker/middleware/rate-limit.ts) guard the sign-in routes; better-auth's
    // in-memory one is per isolate, so it would count nothing useful on Workers.
    rateLimit: { enabled: false },
    telemetry: { enabled: false },
    // A sign-in that fails before better-auth knows the page's own error URL (a bad OAuth state) lands
    // on the app's landing page, which says so, instead of better-auth's generic error page.
    onAPIError: { errorURL: "/?sign-in=failed" },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: production,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: production, path: "/" },
      ipAddress: { ipAddressHeaders: production ? ["cf-connecting-ip"] : [] },
      database: { generateId: () => crypto.randomUUID() },
    },
    plugins: [
      passkey({
        rpID: new URL(origin).hostname,
        rpName: "Duet",
        origin,
        advanced: { webAuthnChallengeCookie: "duet-passkey" },
      }),
      accountStart(),
      recovery(env),
      accountDeletionGuard(env),
      ...oidcProviders(env),
      cloudflareAccess(env),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<object, Map<string, Auth>>();

/**
 * better-auth for a request to `requestUrl`: its origin must be one this deployment serves
 * (PUBLIC_ORIGIN in production), else the first configured one — never a Host the client made up.
 */
export function authFor(env: Env, requestUrl: string): Auth {
  const requested = new URL(requestUrl).origin;
  const allowed = allowedOrigins(env, requestUrl);
  const origin = allowed.has(requested) ? requested : [...allowed][0];
  let byOrigin = instances.get(env);
  if (!byOrigin) instances.set(env, (byOrigin = new Map()));
  let auth = byOrigin.get(origin);
  if (!auth) byOrigin.set(origin, (auth = createAuth(env, origin)));
  return auth;
}

/** What the sign-in page offers (GET /api/me): the configured OpenID Connect providers and Cloudflare Access. */
export function signInMethods(env: Env): { providers: { id: string; name: string }[]; cloudflareAccess: boolean } {
  return { providers: oidcProviderList(env), cloudflareAccess: cloudflareAccessEnabled(env) };
}
