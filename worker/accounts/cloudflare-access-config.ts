/**
 * Cloudflare Access in front of the deployment: `CF_ACCESS_TEAM_DOMAIN` (the team's domain, e.g.
 * https://acme.cloudflareaccess.com, which issues the tokens and serves their keys) and
 * `CF_ACCESS_AUD` (the Access application's Audience tag). Both or neither; neither means Access
 * sign-in is off. Production accepts only an https `*.cloudflareaccess.com` team domain: a token
 * is only as good as the keys it is checked against. Tests point it at a local key server.
 */
import { isProduction } from "../../contracts/environment";
import { HttpError } from "../http-error";

export interface CloudflareAccessConfig {
  /** The team domain as an origin: the tokens' `iss`. */
  teamDomain: string;
  /** The Access application's Audience (AUD) tag: the tokens' `aud`. */
  audience: string;
  /** Where the team publishes its signing keys (a JWKS). */
  certsUrl: URL;
}

const ACCESS_HOST = /^[a-z0-9-]+\.cloudflareaccess\.com$/;

/** The configuration, or null when Access sign-in is off; a half or malformed one is an error naming the variable. */
export function cloudflareAccessConfig(env: Env): CloudflareAccessConfig | null {
  const team = (env.CF_ACCESS_TEAM_DOMAIN ?? "").trim();
  const audience = (env.CF_ACCESS_AUD ?? "").trim();
  if (!team && !audience) return null;
  if (!team) throw configError("CF_ACCESS_TEAM_DOMAIN is not set but CF_ACCESS_AUD is: set both, or neither");
  if (!audience) throw configError("CF_ACCESS_AUD is not set but CF_ACCESS_TEAM_DOMAIN is: set both (the application's Audience tag), or neither");
  if (/\s/.test(audience)) throw configError("CF_ACCESS_AUD is one Audience tag, without spaces");
  let url: URL;
  try {
    url = new URL(team);
  } catch {
    throw configError(`CF_ACCESS_TEAM_DOMAIN "${team}" is not a URL (like https://acme.cloudflareaccess.com)`);
  }
  if (url.pathname !== "/" || url.search || url.hash || url.username || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw configError(`CF_ACCESS_TEAM_DOMAIN "${team}" must be the team's origin alone (like https://acme.cloudflareaccess.com)`);
  }
  if (isProduction(env) && (url.protocol !== "https:" || url.port || !ACCESS_HOST.test(url.hostname))) {
    throw configError(`CF_ACCESS_TEAM_DOMAIN "${team}" must be https://<team>.cloudflareaccess.com in production`);
  }
  return { teamDomain: url.origin, audience, certsUrl: new URL("/cdn-cgi/access/certs", url.origin) };
}

function configError(message: string): HttpError {
  return new HttpError("internal", message);
}
