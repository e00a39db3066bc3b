/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./api-keys-routes.ts, under the same names. */
import type { Bodies } from "./bodies";
import type { API_KEY_ROUTES } from "./api-keys-routes";

export const API_KEY_ROUTE_BODIES = {} as const satisfies Record<keyof typeof API_KEY_ROUTES, Bodies>;
