/**
 * A room's outcome, as an applicant-tracking system files it: the room's facts, who took part
 * (from the audit log's joins) and the submissions with their verdicts. Ended and expired rooms
 * included: that is when results are wanted.
 */
import { and, asc, eq } from "drizzle-orm";
import type { RoomResults } from "../contracts/api-keys";
import { RoleSchema } from "../contracts/wire";
import type { Db } from "./db";
import { listSubmissions } from "./problems";
import type { RoomRow } from "./rooms";
import * as schema from "./schema";

/** Joins read for the participant list: far more than any interview has. */
const JOIN_LIMIT = 500;

/** The room's row, whatever its state; null when there is no such room. */
export async function roomById(d: Db, roomId: string): Promise<RoomRow | null> {
  const [room] = await d.select().from(schema.rooms).where(eq(schema.rooms.id, roomId));
  return room ?? null;
}

export async function roomResults(d: Db, room: RoomRow): Promise<RoomResults> {
  const joins = await d
    .select({ userId: schema.auditLog.actorId, name: schema.auditLog.actorName, detail: schema.auditLog.detail, ts: schema.auditLog.ts })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.roomId, room.id), eq(schema.auditLog.action, "room.join")))
    .orderBy(asc(schema.auditLog.ts))
    .limit(JOIN_LIMIT);
  const participants = new Map<string, RoomResults["participants"][number]>();
  for (const j of joins) {
    const role = RoleSchema.safeParse(j.detail?.role);
    // A person who joined twice (a reload, another tab) is one participant, with their first join.
    if (role.success && !participants.has(j.userId)) participants.set(j.userId, { userId: j.userId, name: j.name, role: role.data, joinedAt: j.ts });
  }
  return {
    room: { id: room.id, title: room.title, orgId: room.orgId, createdAt: room.createdAt, expiresAt: room.expiresAt, endedAt: room.endedAt },
    participants: [...participants.values()],
    submissions: await listSubmissions(d, room.id),
  };
}
