/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./scorecard-routes.ts, under the same names. */
import { type Bodies, bodies } from "./bodies";
import type { SCORECARD_ROUTES } from "./scorecard-routes";
import { RubricResponseSchema, SaveScorecardSchema, ScorecardResponseSchema, SetRubricSchema } from "./scorecards";

export const SCORECARD_ROUTE_BODIES = {
  scorecard: bodies(null, ScorecardResponseSchema),
  saveScorecard: bodies(SaveScorecardSchema, ScorecardResponseSchema),
  setRubric: bodies(SetRubricSchema, RubricResponseSchema),
} as const satisfies Record<keyof typeof SCORECARD_ROUTES, Bodies>;
