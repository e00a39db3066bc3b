/**
 * An account's own data: everything Duet holds about it, as one export, and its deletion. An
 * organisation must keep an admin, so an account that is the last admin of an organisation with
 * other members cannot be deleted until it hands over; an organisation whose only member it is goes
 * with it. Rooms it created stay with their organisation (their record is the organisation's).
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import type { AccountExport } from "../contracts/orgs";
import type { Db } from "./db";
import { orgAuditBy } from "./org-audit-log";
import { interviewsOf } from "./orgs";
import { allPicks } from "./problem-picks";
import { deleteRecoveryCodes } from "./recovery-codes";
import * as schema from "./schema";

const { users, passkeys, authAccounts, authSessions, members, organizations, roomInterviewers } = schema;
const EXPORT_AUDIT_LIMIT = 10_000;

export async function exportAccount(d: Db, userId: string, visibleEmail: (email: string) => string | null, now = Date.now()): Promise<AccountExport | null> {
  const [user] = await d.select().from(users).where(eq(users.id, userId));
  if (!user) return null;
  const [keys, providers, memberships, interviews, auditEntries, problemPicks] = await Promise.all([
    d.select({ name: passkeys.name, deviceType: passkeys.deviceType, createdAt: passkeys.createdAt }).from(passkeys).where(eq(passkeys.userId, userId)),
    d.select({ providerId: authAccounts.providerId, createdAt: authAccounts.createdAt }).from(authAccounts).where(eq(authAccounts.userId, userId)),
    d
      .select({ id: organizations.id, name: organizations.name, role: members.role, joinedAt: members.createdAt })
      .from(members)
      .innerJoin(organizations, eq(organizations.id, members.organizationId))
      .where(eq(members.userId, userId)),
    interviewsOf(d, userId),
    orgAuditBy(d, userId, EXPORT_AUDIT_LIMIT),
    allPicks(d, userId),
  ]);
  return {
    exportedAt: now,
    user: { id: user.id, name: user.name, email: visibleEmail(user.email), createdAt: user.createdAt.getTime() },
    passkeys: keys.map((k) => ({ name: k.name, deviceType: k.deviceType, createdAt: k.createdAt?.getTime() ?? null })),
    signInProviders: providers.map((p) => ({ providerId: p.providerId, createdAt: p.createdAt.getTime() })),
    memberships,
    interviews: interviews.map((i) => ({ roomId: i.roomId, title: i.title, orgId: i.orgId, createdAt: i.createdAt })),
    auditEntries,
    problemPicks,
  };
}

/** Organisations where the user is the only admin and others are members: the account must hand over first. */
export async function orgsNeedingAnotherAdmin(d: Db, userId: string): Promise<{ id: string; name: string }[]> {
  return d
    .select({ id: organizations.id, name: organizations.name })
    .from(members)
    .innerJoin(organizations, eq(organizations.id, members.organizationId))
    .where(and(
      eq(members.userId, userId),
      eq(members.role, "admin"),
      sql`not exists (select 1 from ${members} as other where other.organization_id = ${members.organizationId} and other.role = 'admin' and other.user_id <> ${userId})`,
      sql`exists (select 1 from ${members} as other where other.organization_id = ${members.organizationId} and other.user_id <> ${userId})`,
    ));
}

/**
 * Deletes the account: its passkeys, sessions, sign-in providers, memberships, room places and
 * recovery codes, and the organisations it was the only member of. One batch. Returns those
 * organisations' ids.
 */
export async function deleteAccount(d: Db, userId: string): Promise<string[]> {
  const alone = await d
    .select({ id: members.organizationId })
    .from(members)
    .where(and(
      eq(members.userId, userId),
      sql`not exists (select 1 from ${members} as other where other.organization_id = ${members.organizationId} and other.user_id <> ${userId})`,
    ));
  const soleOrgs = alone.map((r) => r.id);
  await d.batch([
    d.delete(roomInterviewers).where(eq(roomInterviewers.userId, userId)),
    d.delete(members).where(eq(members.userId, userId)),
    // Only if nobody joined meanwhile: the memberships are gone by this statement, so an empty organisation has none.
    d.delete(organizations).where(and(
      inArray(organizations.id, soleOrgs.length > 0 ? soleOrgs : [""]),
      sql`not exists (select 1 from ${members} where ${members.organizationId} = ${organizations.id})`,
    )),
    d.delete(passkeys).where(eq(passkeys.userId, userId)),
    d.delete(authSessions).where(eq(authSessions.userId, userId)),
    d.delete(authAccounts).where(eq(authAccounts.userId, userId)),
    deleteRecoveryCodes(d, userId),
    d.delete(users).where(eq(users.id, userId)),
  ]);
  return soleOrgs;
}
