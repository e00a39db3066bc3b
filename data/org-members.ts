/**
 * An organisation's members: who they are, role changes and removals. An organisation always keeps
 * an admin: the last one can be neither demoted nor removed, checked inside the same SQL statement
 * as the change, so two admins demoting each other at once cannot both succeed.
 */
import { and, asc, eq, inArray, ne, or, sql } from "drizzle-orm";
import type { OrgRole } from "../contracts/accounts";
import type { Member } from "../contracts/orgs";
import type { Db } from "./db";
import * as schema from "./schema";

const { members, organizations, users, rooms, roomInterviewers } = schema;

export interface OrgWithMembers {
  org: { id: string; name: string; createdAt: number };
  members: Member[];
}

export async function orgWithMembers(d: Db, orgId: string): Promise<OrgWithMembers | null> {
  const [org] = await d.select().from(organizations).where(eq(organizations.id, orgId));
  if (!org) return null;
  const list = await d
    .select({ userId: members.userId, name: users.name, role: members.role, joinedAt: members.createdAt })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.organizationId, orgId))
    .orderBy(asc(members.createdAt));
  return { org, members: list };
}

export async function memberOf(d: Db, orgId: string, userId: string): Promise<Member | null> {
  const [row] = await d
    .select({ userId: members.userId, name: users.name, role: members.role, joinedAt: members.createdAt })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.organizationId, orgId), eq(members.userId, userId)));
  return row ?? null;
}

/** True in SQL when the organisation has an admin other than `userId`. */
function anotherAdmin(orgId: string, userId: string) {
  return sql`exists (select 1 from ${members} as other where other.organization_id = ${orgId} and other.role = 'admin' and other.user_id <> ${userId})`;
}

/** Why a change to a member was not made. */
export type MemberChangeRefusal = "not_member" | "last_admin";

export async function setMemberRole(d: Db, orgId: string, userId: string, role: OrgRole): Promise<Member | MemberChangeRefusal> {
  const updated = await d
    .update(members)
    .set({ role })
    .where(and(
      eq(members.organizationId, orgId), eq(members.userId, userId),
      role === "admin" ? undefined : or(ne(members.role, "admin"), anotherAdmin(orgId, userId)),
    ))
    .returning({ userId: members.userId });
  if (updated.length === 0) return (await memberOf(d, orgId, userId)) ? "last_admin" : "not_member";
  return (await memberOf(d, orgId, userId)) ?? "not_member";
}

/**
 * Takes the member out of the organisation, and out of its rooms they were added to (the rooms they
 * created stay theirs in the record, but `POST …/enter` is for members). One batch: both or neither.
 */
export async function removeMember(d: Db, orgId: string, userId: string): Promise<true | MemberChangeRefusal> {
  const [removed] = await d.batch([
    d
      .delete(members)
      .where(and(eq(members.organizationId, orgId), eq(members.userId, userId), or(ne(members.role, "admin"), anotherAdmin(orgId, userId))))
      .returning({ userId: members.userId }),
    d.delete(roomInterviewers).where(and(
      eq(roomInterviewers.userId, userId),
      inArray(roomInterviewers.roomId, d.select({ id: rooms.id }).from(rooms).where(eq(rooms.orgId, orgId))),
      sql`not exists (select 1 from ${members} where ${members.organizationId} = ${orgId} and ${members.userId} = ${userId})`,
    )),
  ]);
  if (removed.length > 0) return true;
  return (await memberOf(d, orgId, userId)) ? "last_admin" : "not_member";
}

/**
 * The organisations the member belongs to where `adminId` is not an admin: an admin may take over a
 * member's sign-in (recovery) only when this is empty, so no admin reaches into another
 * organisation through a shared member.
 */
export async function orgsBeyondAdmin(d: Db, memberId: string, adminId: string): Promise<string[]> {
  const rows = await d
    .select({ orgId: members.organizationId })
    .from(members)
    .where(and(
      eq(members.userId, memberId),
      sql`not exists (select 1 from ${members} as mine where mine.organization_id = ${members.organizationId} and mine.user_id = ${adminId} and mine.role = 'admin')`,
    ));
  return rows.map((r) => r.orgId);
}

/** The ids of every organisation the user belongs to. */
export async function orgIdsOf(d: Db, userId: string): Promise<string[]> {
  return (await d.select({ orgId: members.organizationId }).from(members).where(eq(members.userId, userId))).map((r) => r.orgId);
}
