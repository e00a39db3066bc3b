/** Routes of the table (contracts/routes.ts) for interviewers' scorecards (worker/routes/scorecards.ts). No zod here. */
import type { Route } from "./routes";

const room = "/api/rooms/:roomId";

export const SCORECARD_ROUTES = {
  /** The rubric, the caller's own card and the others' they may read (sealed until theirs is submitted). */
  scorecard: { method: "GET", path: `${room}/scorecard` },
  /** An interviewer saves their card as a draft, or submits it (final). */
  saveScorecard: { method: "PUT", path: `${room}/scorecard` },
  /** An interviewer sets the room's rubric, until the first card is submitted. */
  setRubric: { method: "PUT", path: `${room}/rubric` },
} as const satisfies Record<string, Route>;
