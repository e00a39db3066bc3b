/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./orgs-routes.ts, under the same names. */
import type { Bodies } from "./bodies";
import type { ORG_ROUTES } from "./orgs-routes";

export const ORG_ROUTE_BODIES = {} as const satisfies Record<keyof typeof ORG_ROUTES, Bodies>;
