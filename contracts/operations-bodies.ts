/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./operations-routes.ts, under the same names. */
import { type Bodies, bodies } from "./bodies";
import { ClientErrorSchema, DeepHealthSchema } from "./operations";
import type { OPERATIONS_ROUTES } from "./operations-routes";

export const OPERATIONS_ROUTE_BODIES = {
  clientError: bodies(ClientErrorSchema, null),
  deepHealth: bodies(null, DeepHealthSchema),
} as const satisfies Record<keyof typeof OPERATIONS_ROUTES, Bodies>;
