/**
 * Any OpenID Connect issuer as a better-auth provider, found through its discovery document
 * (`<issuer>/.well-known/openid-configuration`) when a sign-in first needs it — not when the
 * Worker builds better-auth, as the generic-oauth plugin does: there the discovery runs inside the
 * first request of every isolate whatever it is for, waits as long as the issuer takes, and a
 * failure drops the provider until the isolate ends. Here a slow issuer delays only its own
 * sign-ins (5 s at most), and a failed discovery is tried again by the next sign-in.
 *
 * The ID token is what says who signed in: its signature (the issuer's published keys), issuer,
 * audience, expiry and nonce are checked before any claim is read.
 */
import { createAuthorizationURL, type OAuthProvider, validateAuthorizationCode } from "@better-auth/core/oauth2";
import { APIError } from "better-auth/api";
import { createRemoteJWKSet, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from "jose";
import { z } from "zod";
import { log } from "../../contracts/log";

export interface OidcIssuerOptions {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Every endpoint the issuer names must be https (production). */
  httpsOnly: boolean;
}

/** What Duet asks an issuer for: who the person is, their name and e-mail, nothing more. */
const SCOPES = ["openid", "email", "profile"];
const FETCH_TIMEOUT_MS = 5_000;

const DiscoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: z.url(),
  token_endpoint: z.url(),
  jwks_uri: z.url(),
  userinfo_endpoint: z.url().optional(),
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
});
type Discovery = z.infer<typeof DiscoverySchema>;

const ClaimsSchema = z.object({
  sub: z.string().min(1),
  email: z.string().optional(),
  email_verified: z.boolean().optional(),
  name: z.string().optional(),
  preferred_username: z.string().optional(),
  picture: z.string().optional(),
});

export function oidcIssuer(options: OidcIssuerOptions): OAuthProvider {
  let discovered: Promise<{ doc: Discovery; keys: JWTVerifyGetKey }> | null = null;
  const discover = () => {
    discovered ??= discoverIssuer(options).catch((e: unknown) => {
      discovered = null; // the next sign-in tries again
      log("error", "sign_in_provider_failed", { provider: options.id, error: (e as Error).message });
      throw new APIError("SERVICE_UNAVAILABLE", { message: `${options.name} cannot be reached; try again later` });
    });
    return discovered;
  };
  const client = { clientId: options.clientId, clientSecret: options.clientSecret };

  async function verifiedClaims(idToken: string | undefined, nonce: string | undefined) {
    if (!idToken || !nonce) return null;
    const { doc, keys } = await discover();
    try {
      const { payload } = await jwtVerify(idToken, keys, {
        issuer: doc.issuer,
        audience: options.clientId,
        algorithms: doc.id_token_signing_alg_values_supported?.filter((alg) => alg !== "none") ?? ["RS256"],
        requiredClaims: ["exp", "iat", "sub"],
      });
      return payload.nonce === nonce ? payload : null;
    } catch {
      return null;
    }
  }

  return {
    id: options.id,
    name: options.name,
    issuer: options.issuer,
    requiresIdTokenNonce: true,
    accountSubject: ({ profile }) => (profile as { sub: string }).sub,
    async createAuthorizationURL({ state, codeVerifier, redirectURI, idTokenNonce, loginHint }) {
      const { doc } = await discover();
      return createAuthorizationURL({
        id: options.id, options: client, authorizationEndpoint: doc.authorization_endpoint,
        state, codeVerifier, redirectURI, scopes: SCOPES, nonce: idTokenNonce, loginHint,
      });
    },
    async validateAuthorizationCode({ code, codeVerifier, redirectURI }) {
      const { doc } = await discover();
      // client_secret_basic: the method every OAuth server must support (RFC 6749 §2.3.1), OIDC's default.
      return validateAuthorizationCode({ code, codeVerifier, redirectURI, options: client, tokenEndpoint: doc.token_endpoint, authentication: "basic" });
    },
    async getUserInfo({ idToken, accessToken, expectedIdTokenNonce }) {
      const verified = await verifiedClaims(idToken, expectedIdTokenNonce);
      if (!verified) return null;
      const claims = ClaimsSchema.parse({ ...(await userInfoIfNeeded(verified, accessToken)), ...verified });
      const email = claims.email?.toLowerCase();
      return {
        user: { name: claims.name ?? claims.preferred_username ?? email?.split("@")[0], email, emailVerified: claims.email_verified === true, image: claims.picture },
        data: claims,
      };
    },
  };

  /** Issuers that keep the ID token small put the e-mail and name at the userinfo endpoint only. */
  async function userInfoIfNeeded(claims: JWTPayload, accessToken: string | undefined): Promise<Record<string, unknown>> {
    if (claims.email || !accessToken) return {};
    const { doc } = await discover();
    if (!doc.userinfo_endpoint) return {};
    const res = await fetch(doc.userinfo_endpoint, { headers: { Authorization: `Bearer ${accessToken}` }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    const info = res.ok ? ((await res.json()) as Record<string, unknown>) : {};
    // The userinfo response must be about the ID token's subject (OIDC Core §5.3.2).
    return info.sub === claims.sub ? info : {};
  }
}

async function discoverIssuer(options: OidcIssuerOptions) {
  const url = `${options.issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
  const res = await fetch(url, { headers: { Accept: "application/json" }, signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  if (!res.ok) throw new Error(`discovery at ${url} answered ${res.status}`);
  const doc = DiscoverySchema.parse(await res.json());
  // OIDC Discovery §4.3: the document must name exactly the issuer it was fetched for.
  if (doc.issuer !== options.issuer) throw new Error(`discovery at ${url} names the issuer ${doc.issuer}, not ${options.issuer}`);
  const endpoints = [doc.authorization_endpoint, doc.token_endpoint, doc.jwks_uri, doc.userinfo_endpoint].filter((u): u is string => !!u);
  if (options.httpsOnly && endpoints.some((u) => new URL(u).protocol !== "https:")) throw new Error(`discovery at ${url} names an endpoint that is not https`);
  return { doc, keys: createRemoteJWKSet(new URL(doc.jwks_uri), { timeoutDuration: FETCH_TIMEOUT_MS }) };
}
