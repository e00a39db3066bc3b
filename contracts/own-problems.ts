/**
 * Interviewers' own problems (issue 18): private problems an organisation (or, with no
 * organisation, one account) writes in the UI. Every edit is a new immutable version; a room
 * pins the version it was given, so a later edit never changes that room's verdicts.
 *
 * A version is named by a ref that is also a valid problem slug (`own-<id>-v<version>`): the room,
 * the state doc, submissions and `GET /api/problems/:slug` keep taking one slug, and the version
 * rides inside it.
 */
import { z } from "zod";
import { JudgedLanguageIdSchema } from "./languages";
import { CaseSpecSchema, DifficultySchema, FollowUpSchema, isSql, SignatureSchema, TOPICS } from "./problems";

/** What keeps a version within one D1 row (2 MB) and one runner request (64 tests). Checked by the Worker; the form says them. */
export const OWN_PROBLEM_LIMITS = {
  /** The whole request body: 413 above it. */
  bodyBytes: 768 * 1024,
  statementChars: 20_000,
  examples: 8,
  /** Examples and hidden tests together go to the runner in one request (contracts/runner.ts MAX_TESTS = 64). */
  hiddenTests: 50,
  referenceChars: 64 * 1024,
  /** Problems an organisation (or account) keeps, deleted ones aside. */
  problemsPerOwner: 200,
} as const;

const ID = /^[a-z0-9]{12}$/;
const REF = /^own-([a-z0-9]{12})-v([1-9][0-9]{0,5})$/;

export const OwnProblemIdSchema = z.string().regex(ID, "a problem id is 12 lowercase letters and digits");

/** The slug a version goes by in rooms and in `GET /api/problems`. */
export function ownProblemRef(id: string, version: number): string {
  return `own-${id}-v${version}`;
}

/** The problem and version a ref names, or null for a library slug. */
export function parseOwnProblemRef(slug: string): { id: string; version: number } | null {
  const m = REF.exec(slug);
  return m ? { id: m[1], version: Number(m[2]) } : null;
}

/**
 * What the form sends to create a problem or make its next version. The field rules are the
 * shipped library's (contracts/problems.ts ProblemFileSchema), checked again by compileProblem.
 */
export const OwnProblemDraftSchema = z.strictObject({
  title: z.string().trim().min(1).max(100),
  difficulty: DifficultySchema,
  tags: z.array(z.enum(TOPICS)).min(1).max(8),
  statement: z.string().min(1).max(OWN_PROBLEM_LIMITS.statementChars, `the statement is over ${OWN_PROBLEM_LIMITS.statementChars} characters`),
  signature: SignatureSchema.refine((s) => !isSql(s), "SQL problems cannot be own problems yet"),
  examples: z.array(CaseSpecSchema).min(1).max(OWN_PROBLEM_LIMITS.examples),
  hiddenTests: z.array(CaseSpecSchema).min(1, "a problem needs at least one hidden test").max(OWN_PROBLEM_LIMITS.hiddenTests, `at most ${OWN_PROBLEM_LIMITS.hiddenTests} hidden tests`),
  /** Reference solutions by language: at least one, each Accepted before the version can be used. */
  references: z
    .partialRecord(JudgedLanguageIdSchema, z.string().min(1).max(OWN_PROBLEM_LIMITS.referenceChars, `a reference is over ${OWN_PROBLEM_LIMITS.referenceChars / 1024} KiB`))
    .refine((r) => Object.keys(r).length > 0, "give a reference solution in at least one language"),
  timeLimitMs: z.number().int().min(200).max(5000).default(1000),
  expectedMinutes: z.number().int().min(5).max(120).optional(),
  /** Shown under the statement, one a line. */
  constraints: z.array(z.string().trim().min(1).max(300)).max(12).default([]),
  /** Revealed one at a time by the interviewer in the room, mildest first. */
  hints: z.array(z.string().trim().min(1).max(600)).max(6).default([]),
  /** Interviewer-only: what to ask once it works, and what a strong answer says. */
  followUps: z.array(FollowUpSchema).max(8).default([]),
  /** Interviewer-only: what a strong solution and discussion look like. */
  strongAnswer: z.string().trim().max(2000).optional(),
});
export type OwnProblemDraft = z.infer<typeof OwnProblemDraftSchema>;

export const CreateOwnProblemSchema = OwnProblemDraftSchema.extend({
  /** The organisation that will own it; the caller's only one when absent; none (the caller's own) when they have none. */
  orgId: z.string().min(1).max(64).optional(),
});

/** "checking": the runner has not finished with it; "ready": every reference Accepted, every starter compiled; "failed": `detail` says what. */
export const CHECK_STATUSES = ["checking", "ready", "failed"] as const;
export const CheckStatusSchema = z.enum(CHECK_STATUSES);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

export const OwnProblemVersionSchema = z.strictObject({
  version: z.number().int().positive(),
  ref: z.string(),
  status: CheckStatusSchema,
  /** Why it failed (the first failing check), or what is being checked. */
  detail: z.string().nullable(),
  createdAt: z.number().int(),
  checkedAt: z.number().int().nullable(),
});
export type OwnProblemVersion = z.infer<typeof OwnProblemVersionSchema>;

export const OwnProblemSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  difficulty: DifficultySchema,
  /** "org": the organisation's; "mine": the account's own (it is in no organisation). */
  owner: z.enum(["org", "mine"]),
  orgId: z.string().nullable(),
  latest: OwnProblemVersionSchema,
  /** The newest version rooms can use, or null when none passed its checks yet. */
  readyVersion: z.number().int().positive().nullable(),
  updatedAt: z.number().int(),
});
export type OwnProblemSummary = z.infer<typeof OwnProblemSummarySchema>;

export const OwnProblemsResponseSchema = z.strictObject({ problems: z.array(OwnProblemSummarySchema) });

/** One problem as its owners edit it: the latest version's draft (hidden tests and references included). */
export const OwnProblemResponseSchema = z.strictObject({
  problem: OwnProblemSummarySchema,
  draft: OwnProblemDraftSchema,
});
export type OwnProblemResponse = z.infer<typeof OwnProblemResponseSchema>;

export const DeleteOwnProblemResponseSchema = z.strictObject({ deleted: z.literal(true) });
