import type { BetterAuthPlugin } from "better-auth";

/** OpenID Connect providers the deployment configures (none yet). */
export function oidcProviders(_env: Env): BetterAuthPlugin[] {
  return [];
}
