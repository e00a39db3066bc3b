/**
 * D1 holds what spans rooms: the room index with expiry, invite links and their revocations,
 * and the audit log. SQL migrations in migrations/ are generated from this file by drizzle-kit.
 */
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const rooms = sqliteTable("rooms", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  ownerId: text("owner_id").notNull(),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
  endedAt: integer("ended_at"),
});

/** One row per invite link; the link's token names the row by id (the token's `jti`). */
export const invites = sqliteTable(
  "invites",
  {
    id: text("id").primaryKey(),
    roomId: text("room_id").notNull().references(() => rooms.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["interviewer", "candidate", "spectator"] }).notNull(),
    createdAt: integer("created_at").notNull(),
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
