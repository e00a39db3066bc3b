import type { BetterAuthPlugin } from "better-auth";

/** OpenID Connect providers the deployment configures (none yet). */
export function oidcProviders(_env: Env): BetterAuthPlugin[] {
  return [];
}

/** The configured providers' ids and display names, for the sign-in page. */
export function oidcProviderList(_env: Env): { id: string; name: string }[] {
  return [];
}
