/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./own-problems-routes.ts, under the same names. */
import { type Bodies, bodies } from "./bodies";
import {
  CreateOwnProblemSchema, DeleteOwnProblemResponseSchema, OwnProblemDraftSchema, OwnProblemResponseSchema, OwnProblemsResponseSchema,
} from "./own-problems";
import type { OWN_PROBLEM_ROUTES } from "./own-problems-routes";

export const OWN_PROBLEM_ROUTE_BODIES = {
  ownProblems: bodies(null, OwnProblemsResponseSchema),
  createOwnProblem: bodies(CreateOwnProblemSchema, OwnProblemResponseSchema),
  ownProblem: bodies(null, OwnProblemResponseSchema),
  editOwnProblem: bodies(OwnProblemDraftSchema, OwnProblemResponseSchema),
  deleteOwnProblem: bodies(null, DeleteOwnProblemResponseSchema),
} as const satisfies Record<keyof typeof OWN_PROBLEM_ROUTES, Bodies>;
