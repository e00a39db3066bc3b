import { isProduction } from "../../contracts/environment";
import { HttpError } from "../http-error";

/** Marked as what it is; refused in production (any DUET_ENV but "development" or "test"). */
export const DEV_TOKEN_SECRET = "duet-dev-only-token-secret-do-not-use-in-production";
const MIN_SECRET_LENGTH = 32;

/** The HMAC secret for room tokens. Production must set TOKEN_SECRET (wrangler secret put TOKEN_SECRET). */
export function tokenSecret(env: Env): string {
  const secret = env.TOKEN_SECRET;
  const production = isProduction(env);
  if (!secret) {
    if (production) throw new HttpError("internal", "TOKEN_SECRET is not configured");
    return DEV_TOKEN_SECRET;
  }
  if (production && (secret === DEV_TOKEN_SECRET || secret.length < MIN_SECRET_LENGTH)) {
    throw new HttpError("internal", "TOKEN_SECRET is a development default or too short; refused in production");
  }
  return secret;
}
