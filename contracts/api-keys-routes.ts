/** Routes of the table (contracts/routes.ts) for organisation API keys and what they read (worker/routes/api-keys.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

export const API_KEY_ROUTES = {} as const satisfies Record<string, Route>;
