/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./record-export-routes.ts, under the same names. */
import type { Bodies } from "./bodies";
import type { RECORD_EXPORT_ROUTES } from "./record-export-routes";

export const RECORD_EXPORT_ROUTE_BODIES = {} as const satisfies Record<keyof typeof RECORD_EXPORT_ROUTES, Bodies>;
