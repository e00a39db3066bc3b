/** Routes of the table (contracts/routes.ts) for organisation webhooks and their delivery log (worker/routes/webhooks.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

export const WEBHOOK_ROUTES = {} as const satisfies Record<string, Route>;
