/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./record-routes.ts, under the same names. */
import type { Bodies } from "./bodies";
import type { RECORD_ROUTES } from "./record-routes";

export const RECORD_ROUTE_BODIES = {} as const satisfies Record<keyof typeof RECORD_ROUTES, Bodies>;
