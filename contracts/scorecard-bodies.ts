/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./scorecard-routes.ts, under the same names. */
import type { Bodies } from "./bodies";
import type { SCORECARD_ROUTES } from "./scorecard-routes";

export const SCORECARD_ROUTE_BODIES = {} as const satisfies Record<keyof typeof SCORECARD_ROUTES, Bodies>;
