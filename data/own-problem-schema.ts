/**
 * Interviewers' own problems (issue 18). A problem belongs to an organisation, or to the account
 * that wrote it when that account is in none (a local server lets such an account run rooms: its
 * problems must be usable there too). Every edit adds an immutable version; rooms name a version,
 * never the problem, so deleting hides the problem and keeps its versions for past rooms.
 */
import type { Recipe } from "../contracts/generated-input";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { ExampleRecord } from "../judge/problem-spec";

export const ownProblems = sqliteTable(
  "own_problems",
  {
    id: text("id").primaryKey(),
    /** The owning organisation; null for an account's own problem (ownerId then owns it). */
    orgId: text("org_id"),
    /** Who created it: the owner when orgId is null. */
    ownerId: text("owner_id").notNull(),
    latestVersion: integer("latest_version").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    deletedAt: integer("deleted_at"),
  },
  (t) => [index("own_problems_org").on(t.orgId, t.updatedAt), index("own_problems_owner").on(t.ownerId, t.updatedAt)],
);

/** One row per version, never changed but for its check status. */
export const ownProblemVersions = sqliteTable(
  "own_problem_versions",
  {
    problemId: text("problem_id").notNull().references(() => ownProblems.id, { onDelete: "cascade" }),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    difficulty: text("difficulty", { enum: ["easy", "medium", "hard"] }).notNull(),
    /** The form's draft as sent (contracts/own-problems.ts OwnProblemDraft): what the next edit starts from. */
    draft: text("draft", { mode: "json" }).notNull(),
    statement: text("statement").notNull(),
    signature: text("signature", { mode: "json" }).notNull(),
    /** Compiled once, when the version is made, so a later change to the judge's encoding never changes a version. */
    examples: text("examples", { mode: "json" }).$type<ExampleRecord[]>().notNull(),
    hidden: text("hidden", { mode: "json" }).$type<{ input: string; expected: string; generate?: Recipe }[]>().notNull(),
    starter: text("starter", { mode: "json" }).$type<Record<string, string>>().notNull(),
    reference: text("reference", { mode: "json" }).$type<Record<string, string>>().notNull(),
    timeLimitMs: integer("time_limit_ms").notNull(),
    expectedMinutes: integer("expected_minutes").notNull(),
    status: text("status", { enum: ["checking", "ready", "failed"] }).notNull(),
    statusDetail: text("status_detail"),
    checkedAt: integer("checked_at"),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.problemId, t.version] })],
);
