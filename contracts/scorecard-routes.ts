/** Routes of the table (contracts/routes.ts) for interviewers' scorecards (worker/routes/scorecards.ts). No zod here. */
import type { Route } from "./routes";

export const SCORECARD_ROUTES = {} as const satisfies Record<string, Route>;
