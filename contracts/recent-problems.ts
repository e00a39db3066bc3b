/**
 * `GET /api/me/recent-problems`: the problems the signed-in account put on the table lately, the
 * latest first, so the picker marks them. Only ever the caller's own; nobody signed in has none.
 */
import { z } from "zod";
import { ProblemSlugSchema } from "./problems";

export const RecentProblemSchema = z.strictObject({ slug: ProblemSlugSchema, pickedAt: z.number().int() });
export type RecentProblem = z.infer<typeof RecentProblemSchema>;

export const RecentProblemsResponseSchema = z.strictObject({ recent: z.array(RecentProblemSchema) });
