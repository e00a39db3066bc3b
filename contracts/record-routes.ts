/** Routes of the table (contracts/routes.ts) for the interview record (worker/routes/record.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

export const RECORD_ROUTES = {} as const satisfies Record<string, Route>;
