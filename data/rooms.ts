/** Room, invite and revocation queries: the D1 side of who may be in which room. */
import { and, eq, isNull } from "drizzle-orm";
import type { Role } from "../contracts/wire";
import type { Db } from "./db";
import * as schema from "./schema";

export type RoomRow = typeof schema.rooms.$inferSelect;

/** Why a room is not open to an invite; the Worker turns each into its HTTP answer. */
export type RoomClosedReason = "not_found" | "ended" | "expired" | "revoked";
export type OpenRoom = { ok: true; room: RoomRow } | { ok: false; reason: RoomClosedReason };

/** The room a token points at, whatever its state, and whether the token's invite was revoked; null when no such room. */
export async function roomForInvite(d: Db, roomId: string, inviteId: string): Promise<{ room: RoomRow; revokedAt: number | null } | null> {
  const [row] = await d
    .select({ room: schema.rooms, revokedAt: schema.revocations.revokedAt })
    .from(schema.rooms)
    .leftJoin(schema.revocations, and(eq(schema.revocations.inviteId, inviteId), eq(schema.revocations.roomId, roomId)))
    .where(eq(schema.rooms.id, roomId));
  return row ?? null;
}

/** The room a token points at, if it is still open to this invite. */
export async function openRoomFor(d: Db, roomId: string, inviteId: string, now = Date.now()): Promise<OpenRoom> {
  const row = await roomForInvite(d, roomId, inviteId);
  if (!row) return { ok: false, reason: "not_found" };
  if (row.room.endedAt !== null) return { ok: false, reason: "ended" };
  if (row.room.expiresAt <= now) return { ok: false, reason: "expired" };
  if (row.revokedAt !== null) return { ok: false, reason: "revoked" };
  return { ok: true, room: row.room };
}

export async function insertRoom(d: Db, room: typeof schema.rooms.$inferInsert, roles: Role[]): Promise<Record<Role, string>> {
  const ids = Object.fromEntries(roles.map((r) => [r, crypto.randomUUID()])) as Record<Role, string>;
  await d.batch([
    d.insert(schema.rooms).values(room),
    ...roles.map((role) => d.insert(schema.invites).values({ id: ids[role], roomId: room.id, role, createdAt: room.createdAt })),
  ]);
  return ids;
}

export async function insertInvite(d: Db, roomId: string, role: Role, singleUse = false, now = Date.now()): Promise<string> {
  const id = crypto.randomUUID();
  await d.insert(schema.invites).values({ id, roomId, role, singleUse, createdAt: now });
  return id;
}

/** Returns false when the invite is not this room's. Revoking twice is harmless. */
export async function revokeInvite(d: Db, roomId: string, inviteId: string, by: string, now = Date.now()): Promise<boolean> {
  const [invite] = await d.select().from(schema.invites).where(and(eq(schema.invites.id, inviteId), eq(schema.invites.roomId, roomId)));
  if (!invite) return false;
  await d.insert(schema.revocations).values({ inviteId, roomId, revokedAt: now, revokedBy: by }).onConflictDoNothing();
  return true;
}

export async function endRoom(d: Db, roomId: string, now = Date.now()): Promise<void> {
  await d.update(schema.rooms).set({ endedAt: now }).where(and(eq(schema.rooms.id, roomId), isNull(schema.rooms.endedAt)));
}

export async function setRoomExpiry(d: Db, roomId: string, expiresAt: number): Promise<void> {
  await d.update(schema.rooms).set({ expiresAt }).where(eq(schema.rooms.id, roomId));
}
