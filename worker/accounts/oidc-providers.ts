/**
 * Sign-in with the deployment's OpenID Connect providers (oidc-config.ts), through better-auth's
 * own OAuth flow: `POST /api/auth/sign-in/social {provider, callbackURL, errorCallbackURL}` answers
 * the provider's authorization URL, and the provider sends the browser back to
 * `/api/auth/callback/<id>` on this deployment's origin, where better-auth checks the state (and
 * its cookie), PKCE and the `iss`, the provider checks the ID token, and better-auth finds the
 * account by the provider's subject or creates it with the name and e-mail the provider vouches
 * for. Google, GitHub and Microsoft use better-auth's built-in providers (GitHub is OAuth only;
 * Microsoft's multi-tenant issuer varies per tenant); any other issuer is oidc-issuer.ts.
 */
import type { OAuthProvider } from "@better-auth/core/oauth2";
import { github, google, microsoft } from "@better-auth/core/social-providers";
import type { BetterAuthPlugin } from "better-auth";
import { isProduction } from "../../contracts/environment";
import { type SignInProvider, signInProviders } from "./oidc-config";
import { oidcIssuer } from "./oidc-issuer";

/** The better-auth plugin that registers the configured providers; none when none are. */
export function oidcProviders(env: Env): BetterAuthPlugin[] {
  const configured = signInProviders(env);
  if (configured.length === 0) return [];
  const httpsOnly = isProduction(env);
  return [{
    id: "duet-sign-in-providers",
    // Added to the providers better-auth already has, as its generic-oauth plugin adds its own.
    init: (ctx) => ({
      context: { socialProviders: [...configured.map((p) => providerFor(p, httpsOnly)), ...ctx.socialProviders] },
      // Duet never calls a provider's API: the provider's tokens are not kept in auth_accounts.
      options: { databaseHooks: { account: { create: { before: withoutTokens }, update: { before: withoutTokens } } } },
    }),
  }];
}

/** The configured providers' ids and display names, for the sign-in page. */
export function oidcProviderList(env: Env): { id: string; name: string }[] {
  return signInProviders(env).map(({ id, name }) => ({ id, name }));
}

function providerFor(p: SignInProvider, httpsOnly: boolean): OAuthProvider {
  const client = { clientId: p.clientId, clientSecret: p.clientSecret };
  switch (p.kind) {
    case "google":
      return google({ ...client, prompt: "select_account", hd: p.hostedDomain }) as OAuthProvider;
    case "github":
      return github(client) as OAuthProvider;
    case "microsoft":
      return microsoft({ ...client, tenantId: p.tenant, disableProfilePhoto: true }) as OAuthProvider;
    case "oidc":
      return oidcIssuer({ ...client, id: p.id, name: p.name, issuer: p.issuer, httpsOnly });
  }
}

async function withoutTokens<T extends object>(account: T) {
  return { data: { ...account, accessToken: null, refreshToken: null, idToken: null } };
}
