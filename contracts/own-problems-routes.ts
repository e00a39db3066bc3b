/** Routes of the table (contracts/routes.ts) for interviewers' own problems (worker/routes/own-problems.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

const one = "/api/own-problems/:problemId";

export const OWN_PROBLEM_ROUTES = {
  /** The caller's organisations' problems (or their own, with no organisation), deleted ones left out. */
  ownProblems: { method: "GET", path: "/api/own-problems" },
  createOwnProblem: { method: "POST", path: "/api/own-problems" },
  /** Its latest version's draft: for the organisation's interviewers and admins (the owner, for an account's own); 404 to anyone else. */
  ownProblem: { method: "GET", path: one },
  /** A new version; earlier ones stay as they were for the rooms that use them. */
  editOwnProblem: { method: "PUT", path: one },
  /** Hidden from lists and pickers; its versions stay for the rooms that used them. */
  deleteOwnProblem: { method: "DELETE", path: one },
} as const satisfies Record<string, Route>;
