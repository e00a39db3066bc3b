/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./webhooks-routes.ts, under the same names. */
import type { Bodies } from "./bodies";
import type { WEBHOOK_ROUTES } from "./webhooks-routes";

export const WEBHOOK_ROUTE_BODIES = {} as const satisfies Record<keyof typeof WEBHOOK_ROUTES, Bodies>;
