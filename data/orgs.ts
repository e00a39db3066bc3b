/**
 * Organisations, their members and roles, their settings and audit log, and which interviews an
 * account may see. Queries return values or null; the Worker decides what each means over HTTP.
 */
import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { DEFAULT_ORG_QUOTAS, type InterviewSummary, type Membership, type OrgRole, type OrgSettings } from "../contracts/accounts";
import { can, ORG_CAPABILITIES } from "../contracts/org-roles";
import { RubricSchema } from "../contracts/scorecards";
import type { Db } from "./db";
import * as schema from "./schema";

const LIST_LIMIT = 200;

/** A new organisation with its creator as its first admin. */
export async function createOrg(d: Db, name: string, creatorId: string, now = Date.now()): Promise<Membership> {
  const id = crypto.randomUUID();
  await d.batch([
    d.insert(schema.organizations).values({ id, name, createdAt: now }),
    d.insert(schema.members).values({ organizationId: id, userId: creatorId, role: "admin", createdAt: now }),
  ]);
  return { id, name, role: "admin" };
}

export async function membershipsOf(d: Db, userId: string): Promise<Membership[]> {
  return d
    .select({ id: schema.organizations.id, name: schema.organizations.name, role: schema.members.role })
    .from(schema.members)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.members.organizationId))
    .where(eq(schema.members.userId, userId))
    .orderBy(schema.organizations.name);
}

/** The user's role in the organisation, or null when they are not a member. */
export async function roleIn(d: Db, orgId: string, userId: string): Promise<OrgRole | null> {
  const [row] = await d
    .select({ role: schema.members.role })
    .from(schema.members)
    .where(and(eq(schema.members.organizationId, orgId), eq(schema.members.userId, userId)));
  return row?.role ?? null;
}

export async function orgSettings(d: Db, orgId: string): Promise<OrgSettings> {
  const [row] = await d.select().from(schema.orgSettings).where(eq(schema.orgSettings.organizationId, orgId));
  return {
    runsPerHour: row?.runsPerHour ?? DEFAULT_ORG_QUOTAS.runsPerHour,
    roomsWithRuns: row?.roomsWithRuns ?? DEFAULT_ORG_QUOTAS.roomsWithRuns,
    retentionDays: row?.retentionDays ?? null,
    // A rubric saved before rubrics had a shape is no rubric: the interviews fall back to Duet's default.
    defaultRubric: RubricSchema.safeParse(row?.defaultRubric).data ?? null,
    privacyUrl: row?.privacyUrl ?? null,
  };
}

export type OrgAuditAction =
  | "org.create" | "org.settings" | "member.join" | "member.role" | "member.remove" | "member.reset_sign_in" | "member.delete_data"
  | "invite.create" | "invite.revoke" | "api_key.create" | "api_key.revoke" | "api_key.use"
  | "webhook.create" | "webhook.delete" | "room.create" | "room.add_interviewer" | "record.delete" | "record.erase"
  | "problem.create" | "problem.edit" | "problem.delete";

export interface OrgAuditEntry {
  orgId: string;
  actor: { userId: string; name: string };
  action: OrgAuditAction;
  detail?: Record<string, unknown>;
}

export async function orgAudit(d: Db, e: OrgAuditEntry, ts = Date.now()): Promise<void> {
  await d.insert(schema.orgAudit).values({
    organizationId: e.orgId, ts, actorId: e.actor.userId, actorName: e.actor.name, action: e.action, detail: e.detail ?? null,
  });
}

const interviewColumns = {
  roomId: schema.rooms.id,
  title: schema.rooms.title,
  orgId: schema.rooms.orgId,
  ownerId: schema.rooms.ownerId,
  ownerName: schema.users.name,
  createdAt: schema.rooms.createdAt,
  expiresAt: schema.rooms.expiresAt,
  endedAt: schema.rooms.endedAt,
};

/**
 * True in SQL when the room is the user's to run: a room of no organisation, or one of an
 * organisation where they still run interviews. A member who left, or became a reviewer, no longer
 * runs the organisation's interviews they started: those stay the organisation's.
 */
function stillRuns(userId: string) {
  return or(
    isNull(schema.rooms.orgId),
    sql`exists (select 1 from ${schema.members} where ${schema.members.organizationId} = ${schema.rooms.orgId} and ${schema.members.userId} = ${userId} and ${inArray(schema.members.role, [...ORG_CAPABILITIES.runInterviews])})`,
  );
}

/** "Your interviews": the rooms this account created or was added to as interviewer, and still runs, newest first. */
export async function interviewsOf(d: Db, userId: string): Promise<InterviewSummary[]> {
  const owned = await d
    .select(interviewColumns)
    .from(schema.rooms)
    .leftJoin(schema.users, eq(schema.users.id, schema.rooms.ownerId))
    .where(and(eq(schema.rooms.ownerId, userId), stillRuns(userId)))
    .orderBy(desc(schema.rooms.createdAt))
    .limit(LIST_LIMIT);
  const added = await d
    .select(interviewColumns)
    .from(schema.roomInterviewers)
    .innerJoin(schema.rooms, eq(schema.rooms.id, schema.roomInterviewers.roomId))
    .leftJoin(schema.users, eq(schema.users.id, schema.rooms.ownerId))
    .where(and(eq(schema.roomInterviewers.userId, userId), stillRuns(userId)))
    .orderBy(desc(schema.rooms.createdAt))
    .limit(LIST_LIMIT);
  const seen = new Set(owned.map((r) => r.roomId));
  return [...owned, ...added.filter((r) => !seen.has(r.roomId))].sort((a, b) => b.createdAt - a.createdAt).slice(0, LIST_LIMIT);
}

/** Every interview of the organisation, newest first: what its reviewers and admins see. */
export async function interviewsOfOrg(d: Db, orgId: string): Promise<InterviewSummary[]> {
  return d
    .select(interviewColumns)
    .from(schema.rooms)
    .leftJoin(schema.users, eq(schema.users.id, schema.rooms.ownerId))
    .where(eq(schema.rooms.orgId, orgId))
    .orderBy(desc(schema.rooms.createdAt))
    .limit(LIST_LIMIT);
}

/** What the access checks read of a room: its row, which every caller has already loaded. */
export type RoomAccessRef = { id: string; ownerId: string; orgId: string | null };

const orgRoleFor = (d: Db, room: RoomAccessRef, userId: string) => (room.orgId ? roleIn(d, room.orgId, userId) : Promise.resolve(null));

/**
 * Whether the account may enter the room as its interviewer: it created it, or was added to it —
 * and, for an organisation's room, still runs interviews in that organisation. `orgRole` is the
 * account's role there when the caller already looked it up (undefined: look it up here).
 */
export async function isRoomInterviewer(d: Db, room: RoomAccessRef, userId: string, orgRole?: OrgRole | null): Promise<boolean> {
  if (room.orgId !== null) {
    const role = orgRole === undefined ? await orgRoleFor(d, room, userId) : orgRole;
    if (!role || !can(role, "runInterviews")) return false;
  }
  if (room.ownerId === userId) return true;
  const [added] = await d
    .select({ userId: schema.roomInterviewers.userId })
    .from(schema.roomInterviewers)
    .where(and(eq(schema.roomInterviewers.roomId, room.id), eq(schema.roomInterviewers.userId, userId)));
  return added !== undefined;
}

/**
 * How an account enters a room without a link, or null if it may not: the room's interviewers as
 * interviewer; the reviewers and admins of the room's organisation as spectators. Asked when it
 * enters, and again on every request with the room session it got, so leaving the organisation or
 * losing a role takes the room with it.
 */
export async function accountRoleInRoom(d: Db, room: RoomAccessRef, userId: string): Promise<"interviewer" | "spectator" | null> {
  const orgRole = await orgRoleFor(d, room, userId);
  if (await isRoomInterviewer(d, room, userId, orgRole)) return "interviewer";
  return orgRole && can(orgRole, "seeAllInterviews") ? "spectator" : null;
}

export async function addRoomInterviewer(d: Db, roomId: string, userId: string, now = Date.now()): Promise<void> {
  await d.insert(schema.roomInterviewers).values({ roomId, userId, addedAt: now }).onConflictDoNothing();
}
