/**
 * Sign-in behind Cloudflare Access: when the deployment sits behind an Access application, every
 * request Access lets through carries the person's signed token in `Cf-Access-Jwt-Assertion`, so
 * `POST /api/auth/cloudflare-access` turns that token into a Duet session: it checks the token
 * (cloudflare-access-token.ts), finds the account by Access's subject (an `auth_accounts` row with
 * provider `cloudflare-access`) or creates it with the e-mail Access vouches for, and sets the
 * session cookie. A POST from our own page (better-auth holds its Origin to this site's), never a
 * GET: signing in is a change. An e-mail an account already uses with another sign-in method is
 * refused, as better-auth refuses it for OpenID Connect (account linking is off).
 */
import type { BetterAuthPlugin } from "better-auth";
import { APIError } from "better-auth/api";
import { setSessionCookie } from "better-auth/cookies";
import { handleOAuthUserInfo } from "better-auth/oauth2";
import { createAuthEndpoint } from "@better-auth/core/api";
import { type CloudflareAccessConfig, cloudflareAccessConfig } from "./cloudflare-access-config";
import { checkAccessToken } from "./cloudflare-access-token";

export const CLOUDFLARE_ACCESS_PROVIDER_ID = "cloudflare-access";
export const ACCESS_TOKEN_HEADER = "cf-access-jwt-assertion";
const MAX_TOKEN_LENGTH = 16_384;

/** Whether this deployment signs people in through Cloudflare Access (for GET /api/me's sign-in methods). */
export function cloudflareAccessEnabled(env: Env): boolean {
  return cloudflareAccessConfig(env) !== null;
}

export function cloudflareAccess(env: Env) {
  const config = cloudflareAccessConfig(env);
  return {
    id: "duet-cloudflare-access",
    endpoints: {
      signInWithCloudflareAccess: createAuthEndpoint("/cloudflare-access", { method: "POST", requireHeaders: true }, async (ctx) => {
        if (!config) throw new APIError("NOT_FOUND", { message: "Cloudflare Access sign-in is not configured on this deployment" });
        const identity = await identityFrom(ctx.headers.get(ACCESS_TOKEN_HEADER), config);
        const result = await handleOAuthUserInfo(ctx, {
          userInfo: { id: identity.subject, email: identity.email, emailVerified: true, name: identity.email.split("@")[0] },
          account: { providerId: CLOUDFLARE_ACCESS_PROVIDER_ID, accountId: identity.subject },
        });
        if (!result.data) {
          if (result.error === "account not linked") {
            throw new APIError("CONFLICT", { message: "an account with this e-mail address already exists and signs in another way" });
          }
          throw new APIError("INTERNAL_SERVER_ERROR", { message: `could not sign in: ${result.error}` });
        }
        await setSessionCookie(ctx, result.data);
        return ctx.json({ user: { id: result.data.user.id, name: result.data.user.name } });
      }),
    },
  } satisfies BetterAuthPlugin;
}

async function identityFrom(token: string | null, config: CloudflareAccessConfig) {
  if (!token) throw new APIError("UNAUTHORIZED", { message: `no Cloudflare Access token (the ${ACCESS_TOKEN_HEADER} header): is this site behind Access?` });
  if (token.length > MAX_TOKEN_LENGTH) throw new APIError("UNAUTHORIZED", { message: "the Cloudflare Access token is not valid" });
  const checked = await checkAccessToken(token, config);
  if (checked.ok) return checked.identity;
  if (checked.reason === "not_a_person") throw new APIError("FORBIDDEN", { message: "a Cloudflare Access service token is not a person: it has no account" });
  throw new APIError("UNAUTHORIZED", { message: "the Cloudflare Access token is not valid" });
}
