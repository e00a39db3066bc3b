/**
 * Interviewers' scorecards (issue 14) and the rubric each room scores against. D1, not the Room's
 * storage: a card outlives the room's socket life (it is written after the end, during retention)
 * and reviewers read them across the organisation's rooms.
 */
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { Citation, Rating, Recommendation, Rubric } from "../contracts/scorecards";
import { rooms } from "./schema";

/** One card per interviewer (their stable identity) per room; `submitted_at` set once, never cleared. */
export const scorecards = sqliteTable(
  "scorecards",
  {
    roomId: text("room_id").notNull().references(() => rooms.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull(),
    /** Names the card in webhooks and exports. */
    id: text("id").notNull().unique(),
    name: text("name").notNull(),
    ratings: text("ratings", { mode: "json" }).$type<Rating[]>().notNull(),
    recommendation: text("recommendation").$type<Recommendation>(),
    notes: text("notes").notNull(),
    citations: text("citations", { mode: "json" }).$type<Citation[]>().notNull(),
    submittedAt: integer("submitted_at"),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] }), index("scorecards_room_submitted").on(t.roomId, t.submittedAt)],
);

/** A room's own rubric: set by an interviewer, or frozen from the organisation's default at the first card saved. */
export const roomRubrics = sqliteTable("room_rubrics", {
  roomId: text("room_id").primaryKey().references(() => rooms.id, { onDelete: "cascade" }),
  rubric: text("rubric", { mode: "json" }).$type<Rubric>().notNull(),
  updatedAt: integer("updated_at").notNull(),
  /** The interviewer who set it; null when frozen from the default. */
  updatedBy: text("updated_by"),
});
