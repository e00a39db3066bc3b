/** Routes of the table (contracts/routes.ts) for organisations: members, invite links, settings, audit log, account data (worker/routes/orgs.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

export const ORG_ROUTES = {} as const satisfies Record<string, Route>;
