/**
 * Invite links as the interviewer and the join page see them: whether a link is single-use and whom
 * it is bound to, and who joined through which link. The joins are the room's `room.join` audit
 * rows (data/audit.ts): they name the joiner until the record is erased (data/record-erasure.ts),
 * and then the list is empty, as it should be.
 */
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Invite } from "../contracts/api";
import type { LinkJoin } from "../contracts/links";
import type { Db } from "./db";
import * as schema from "./schema";

export type InviteRow = typeof schema.invites.$inferSelect;

export async function inviteRow(d: Db, roomId: string, inviteId: string): Promise<InviteRow | null> {
  const [row] = await d.select().from(schema.invites).where(and(eq(schema.invites.id, inviteId), eq(schema.invites.roomId, roomId)));
  return row ?? null;
}

/**
 * Binds a single-use link to `userId` unless it is bound already: one conditional UPDATE, so of two
 * first joins at the same moment exactly one wins. True when this call bound it.
 */
export async function bindSingleUse(d: Db, inviteId: string, userId: string, now = Date.now()): Promise<boolean> {
  const bound = await d
    .update(schema.invites)
    .set({ usedBy: userId, usedAt: now })
    .where(and(eq(schema.invites.id, inviteId), eq(schema.invites.singleUse, true), isNull(schema.invites.usedBy)))
    .returning({ id: schema.invites.id });
  return bound.length === 1;
}

/** Who joined through each of the room's links (by invite id), first joiner first, under the name they last gave. */
async function joinsByInvite(d: Db, roomId: string): Promise<Map<string, LinkJoin[]>> {
  const inviteId = sql<string>`json_extract(${schema.auditLog.detail}, '$.inviteId')`;
  // SQLite: the bare actor_name comes from the row with max(ts), the latest name.
  const rows = await d
    .select({ inviteId, name: schema.auditLog.actorName, firstJoinedAt: sql<number>`min(${schema.auditLog.ts})`, lastJoinedAt: sql<number>`max(${schema.auditLog.ts})` })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.roomId, roomId), eq(schema.auditLog.action, "room.join"), sql`${inviteId} IS NOT NULL`))
    .groupBy(inviteId, schema.auditLog.actorId)
    .orderBy(sql`min(${schema.auditLog.ts})`);
  const joins = new Map<string, LinkJoin[]>();
  for (const { inviteId: id, ...join } of rows) joins.set(id, [...(joins.get(id) ?? []), join]);
  return joins;
}

/** The room's links, oldest first, each with its revocation, single-use state and joiners; `yours`: the asking session's link. */
export async function listInvites(d: Db, roomId: string, yours: string): Promise<Invite[]> {
  const [invites, joins] = await Promise.all([
    d
      .select({
        id: schema.invites.id, role: schema.invites.role, createdAt: schema.invites.createdAt, revokedAt: schema.revocations.revokedAt,
        singleUse: schema.invites.singleUse, usedAt: schema.invites.usedAt,
      })
      .from(schema.invites)
      .leftJoin(schema.revocations, eq(schema.revocations.inviteId, schema.invites.id))
      .where(eq(schema.invites.roomId, roomId))
      .orderBy(schema.invites.createdAt),
    joinsByInvite(d, roomId),
  ]);
  return invites.map((invite) => ({ ...invite, joined: joins.get(invite.id) ?? [], yours: invite.id === yours }));
}
