/** Routes of the table (contracts/routes.ts) for the operator's view (worker/routes/client-errors.ts, worker/routes/deep-health.ts). No zod here. */
import type { Route } from "./routes";

export const OPERATIONS_ROUTES = {
  /** The web app reports an uncaught error or unhandled rejection of its page: logged, 204. */
  clientError: { method: "POST", path: "/api/client-errors" },
  /** D1, the runners and the build, behind the HEALTH_TOKEN Bearer token. */
  deepHealth: { method: "GET", path: "/healthz/deep" },
} as const satisfies Record<string, Route>;
