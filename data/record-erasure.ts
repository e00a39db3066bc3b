/**
 * What of an interview's record D1 holds, erased when the record is deleted (its retention ran
 * out, or someone deleted it): the submissions (they hold the candidate's code), the scorecards and
 * the room's rubric, the names in the room's audit rows, and the room's title (often the
 * candidate's name), also where the organisation's log kept it, and the webhook deliveries about the
 * room (their payloads name the candidate). The room's row stays, so the index
 * and the organisation's counts stay whole, and says nothing of whom it was about.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "./db";
import * as schema from "./schema";

export const ERASED_NAME = "(deleted)";

export async function eraseRoomRecord(d: Db, roomId: string): Promise<void> {
  await d.batch([
    d.delete(schema.submissions).where(eq(schema.submissions.roomId, roomId)),
    // Scorecards are part of the record (they cite its moments and judge the candidate).
    d.delete(schema.scorecards).where(eq(schema.scorecards.roomId, roomId)),
    d.delete(schema.roomRubrics).where(eq(schema.roomRubrics.roomId, roomId)),
    d.update(schema.auditLog).set({ actorName: ERASED_NAME, detail: null }).where(eq(schema.auditLog.roomId, roomId)),
    // The organisation's log keeps the room's title from its creation: erased as well.
    d.update(schema.orgAudit)
      .set({ detail: sql`json_set(${schema.orgAudit.detail}, '$.title', ${ERASED_NAME})` })
      .where(and(
        sql`${schema.orgAudit.organizationId} = (SELECT ${schema.rooms.orgId} FROM ${schema.rooms} WHERE ${schema.rooms.id} = ${roomId})`,
        sql`json_extract(${schema.orgAudit.detail}, '$.roomId') = ${roomId}`,
        sql`json_extract(${schema.orgAudit.detail}, '$.title') IS NOT NULL`,
      )),
    // Webhook deliveries of the room's events keep their payloads (the candidate's name, the title): the ones
    // already sent go; one still pending goes too (it would carry the name out after the erasure).
    d.delete(schema.webhookDeliveries).where(and(
      sql`${schema.webhookDeliveries.organizationId} = (SELECT ${schema.rooms.orgId} FROM ${schema.rooms} WHERE ${schema.rooms.id} = ${roomId})`,
      sql`json_extract(${schema.webhookDeliveries.payload}, '$.data.roomId') = ${roomId}`,
    )),
    d.update(schema.rooms).set({ title: ERASED_NAME }).where(eq(schema.rooms.id, roomId)),
  ]);
}

/**
 * The organisation's rooms a candidate of that exact display name joined (their `room.join` audit
 * rows, which name them until the record is erased): what an erasure request deletes. Oldest first.
 */
export async function roomsOfCandidate(d: Db, orgId: string, name: string): Promise<string[]> {
  const rows = await d
    .selectDistinct({ roomId: schema.rooms.id, createdAt: schema.rooms.createdAt })
    .from(schema.auditLog)
    .innerJoin(schema.rooms, eq(schema.rooms.id, schema.auditLog.roomId))
    .where(and(
      eq(schema.rooms.orgId, orgId),
      eq(schema.auditLog.action, "room.join"),
      eq(schema.auditLog.actorName, name),
      sql`json_extract(${schema.auditLog.detail}, '$.role') = 'candidate'`,
    ))
    .orderBy(schema.rooms.createdAt);
  return rows.map((r) => r.roomId);
}
