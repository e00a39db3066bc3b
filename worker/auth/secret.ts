import { MIN_SECRET_LENGTH } from "../../contracts/config-vars";
import { isProduction } from "../../contracts/environment";
import { HttpError } from "../http-error";
import type { TokenKeys } from "./tokens";

/** Marked as what they are; refused in production (any DUET_ENV but "development" or "test"). */
export const DEV_TOKEN_SECRET = "duet-dev-only-token-secret-do-not-use-in-production";
export const DEV_AUTH_SECRET = "duet-dev-only-auth-secret-do-not-use-in-production";

/**
 * The HMAC keys of room tokens: TOKEN_SECRET signs and verifies; TOKEN_SECRET_PREVIOUS, set during
 * a rotation (README "Deploy"), verifies what the previous secret signed. Production must set
 * TOKEN_SECRET (wrangler secret put TOKEN_SECRET).
 */
export function tokenSecret(env: Env): TokenKeys {
  const current = secret(env, "TOKEN_SECRET", DEV_TOKEN_SECRET);
  const previous = env.TOKEN_SECRET_PREVIOUS ? secret(env, "TOKEN_SECRET_PREVIOUS", DEV_TOKEN_SECRET) : undefined;
  return previous && previous !== current ? { current, previous } : { current };
}

/** better-auth's secret (signs cookies and OAuth state). Production must set AUTH_SECRET. */
export function authSecret(env: Env): string {
  return secret(env, "AUTH_SECRET", DEV_AUTH_SECRET);
}

function secret(env: Env, name: "TOKEN_SECRET" | "TOKEN_SECRET_PREVIOUS" | "AUTH_SECRET", devDefault: string): string {
  const value = env[name];
  const production = isProduction(env);
  if (!value) {
    if (production) throw new HttpError("internal", `${name} is not configured`);
    return devDefault;
  }
  if (production && (value === devDefault || value.length < MIN_SECRET_LENGTH)) {
    throw new HttpError("internal", `${name} is a development default or too short; refused in production`);
  }
  return value;
}
