/**
 * Checks a Cloudflare Access application token (the `Cf-Access-Jwt-Assertion` header): an RS256
 * signature by one of the team's keys, our application's audience, the team as issuer, and its
 * time window. The team's key set is fetched once per isolate and kept (jose refetches it when a
 * token names a key it has not seen — Access rotates keys every six weeks — at most every 30 s,
 * so made-up key ids cannot turn into a flood of fetches).
 */
import { createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";
import type { CloudflareAccessConfig } from "./cloudflare-access-config";

/** Who Access let through. Service tokens (machines, with no e-mail) are not people and have no account. */
export interface AccessIdentity {
  /** Access's stable id for the person. */
  subject: string;
  email: string;
}

const IdentityClaimsSchema = z.object({ sub: z.string().min(1).max(255), email: z.email().max(254) });
/** Small leeway between Cloudflare's clock and this one. */
const CLOCK_TOLERANCE_S = 5;

const keySets = new Map<string, JWTVerifyGetKey>();

function keySetFor(config: CloudflareAccessConfig): JWTVerifyGetKey {
  const url = config.certsUrl.href;
  let keys = keySets.get(url);
  if (!keys) keySets.set(url, (keys = createRemoteJWKSet(config.certsUrl, { timeoutDuration: 5_000 })));
  return keys;
}

export type AccessTokenCheck = { ok: true; identity: AccessIdentity } | { ok: false; reason: "invalid" | "not_a_person" };

export async function checkAccessToken(token: string, config: CloudflareAccessConfig): Promise<AccessTokenCheck> {
  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, keySetFor(config), {
      algorithms: ["RS256"],
      issuer: config.teamDomain,
      audience: config.audience,
      requiredClaims: ["exp", "iat"],
      clockTolerance: CLOCK_TOLERANCE_S,
    }));
  } catch {
    return { ok: false, reason: "invalid" };
  }
  const claims = IdentityClaimsSchema.safeParse(payload);
  if (!claims.success) return { ok: false, reason: "not_a_person" };
  return { ok: true, identity: { subject: claims.data.sub, email: claims.data.email.toLowerCase() } };
}
