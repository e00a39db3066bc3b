/**
 * D1 holds what spans rooms: the room index with expiry, invite links and their revocations,
 * and the audit log. SQL migrations in migrations/ are generated from this file by drizzle-kit.
 */
import type { Recipe } from "../contracts/generated-input";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export * from "./account-schema";
export * from "./scorecard-schema";
export * from "./problem-picks-schema";
export * from "./own-problem-schema";

export const rooms = sqliteTable(
  "rooms",
  {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  ownerId: text("owner_id").notNull(),
  /** The organisation whose member created the room; null for a local anonymous room. */
  orgId: text("org_id"),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
  endedAt: integer("ended_at"),
  },
  (t) => [index("rooms_owner").on(t.ownerId, t.createdAt), index("rooms_org").on(t.orgId, t.createdAt)],
);

/** One row per invite link; the link's token names the row by id (the token's `jti`). */
export const invites = sqliteTable(
  "invites",
  {
    id: text("id").primaryKey(),
    roomId: text("room_id").notNull().references(() => rooms.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["interviewer", "candidate", "spectator"] }).notNull(),
    createdAt: integer("created_at").notNull(),
    /** A single-use link admits one browser: the first join binds it (usedBy), only that participant comes back. */
    singleUse: integer("single_use", { mode: "boolean" }).notNull().default(false),
    /** The user id of the participant the first join through a single-use link made; null until then. */
    usedBy: text("used_by"),
    usedAt: integer("used_at"),
  },
  (t) => [index("invites_room").on(t.roomId)],
);

export const revocations = sqliteTable("revocations", {
  inviteId: text("invite_id").primaryKey().references(() => invites.id, { onDelete: "cascade" }),
  roomId: text("room_id").notNull(),
  revokedAt: integer("revoked_at").notNull(),
  revokedBy: text("revoked_by").notNull(),
});

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roomId: text("room_id").notNull(),
    ts: integer("ts").notNull(),
    actorId: text("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("audit_room_ts").on(t.roomId, t.ts)],
);

// ── problem library (issue 7): seeded from problems/ by scripts/lib/seed-problems.mjs ──────────────

/** One row per problem; JSON columns hold the public parts (contracts/problems.ts) and the private reference. */
export const problems = sqliteTable("problems", {
  slug: text("slug").primaryKey(),
  title: text("title").notNull(),
  difficulty: text("difficulty", { enum: ["easy", "medium", "hard"] }).notNull(),
  position: integer("position").notNull(),
  tags: text("tags", { mode: "json" }).$type<string[]>().notNull(),
  statement: text("statement").notNull(),
  constraints: text("constraints", { mode: "json" }).$type<string[]>().notNull(),
  signature: text("signature", { mode: "json" }).notNull(),
  /** [{input, output, explanation?, stdin, expected}] — visible examples with their runner form. */
  examples: text("examples", { mode: "json" }).notNull(),
  starter: text("starter", { mode: "json" }).$type<Record<string, string>>().notNull(),
  /** Reference solutions by language: never served to clients. */
  reference: text("reference", { mode: "json" }).$type<Record<string, string>>().notNull(),
  timeLimitMs: integer("time_limit_ms").notNull(),
  hiddenCount: integer("hidden_count").notNull(),
  /** Minutes a prepared candidate needs (the picker shows it). */
  expectedMinutes: integer("expected_minutes").notNull().default(25),
  /** Progressive hints, mildest first: a room copies them when the problem is picked, and reveals them one at a time. */
  hints: text("hints", { mode: "json" }).$type<string[]>().notNull().default([]),
  /** Interviewer-only: follow-up questions with what a strong answer says, and notes on a strong solution. */
  followUps: text("follow_ups", { mode: "json" }).$type<{ question: string; answer: string }[]>().notNull().default([]),
  strongAnswer: text("strong_answer"),
  updatedAt: integer("updated_at").notNull(),
});

/** Hidden tests, in order, in the runner's form: stdin (one JSON value a line) and canonical expected stdout. */
export const problemTests = sqliteTable(
  "problem_tests",
  {
    slug: text("slug").notNull().references(() => problems.slug, { onDelete: "cascade" }),
    idx: integer("idx").notNull(),
    input: text("input").notNull(),
    expected: text("expected").notNull(),
    /** A large input's recipe (contracts/generated-input.ts); `input` then says what it makes. */
    generate: text("generate", { mode: "json" }).$type<Recipe>(),
  },
  (t) => [primaryKey({ columns: [t.slug, t.idx] })],
);

export const submissions = sqliteTable(
  "submissions",
  {
    id: text("id").primaryKey(),
    roomId: text("room_id").notNull(),
    userId: text("user_id").notNull(),
    problemSlug: text("problem_slug").notNull(),
    language: text("language").notNull(),
    code: text("code").notNull(),
    /** AC WA TLE MLE RE CE OLE, or IE (could not be judged). */
    verdict: text("verdict").notNull(),
    passed: integer("passed").notNull(),
    total: integer("total").notNull(),
    timeMs: integer("time_ms").notNull(),
    memoryKb: integer("memory_kb").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("submissions_room").on(t.roomId, t.createdAt), index("submissions_problem").on(t.problemSlug)],
);
