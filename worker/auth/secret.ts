import { HttpError } from "../http-error";

/** Marked as what it is; refused whenever DUET_ENV is "production". */
export const DEV_TOKEN_SECRET = "duet-dev-only-token-secret-do-not-use-in-production";
const MIN_SECRET_LENGTH = 32;

/** The HMAC secret for room tokens. Production must set TOKEN_SECRET (wrangler secret put TOKEN_SECRET). */
export function tokenSecret(env: Env): string {
  const secret = env.TOKEN_SECRET;
  const production = env.DUET_ENV === "production";
  if (!secret) {
    if (production) throw new HttpError("internal", "TOKEN_SECRET is not configured");
    return DEV_TOKEN_SECRET;
  }
  if (production && (secret === DEV_TOKEN_SECRET || secret.length < MIN_SECRET_LENGTH)) {
    throw new HttpError("internal", "TOKEN_SECRET is a development default or too short; refused in production");
  }
  return secret;
}
