/**
 * Invite links to an organisation. A link holds `<id>.<secret>`; the row keeps the secret's SHA-256,
 * the role it grants, when it expires, and — a link admits one person — who used it. Using a link
 * and joining are one batch, and the join happens only if this very call marked the link used.
 */
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { OrgRoleSchema, type Membership, type OrgRole } from "../contracts/accounts";
import type { OrgInvite } from "../contracts/orgs";
import type { Db } from "./db";
import * as schema from "./schema";

const { orgInviteLinks: links, members, organizations } = schema;
const LIST_LIMIT = 200;

export interface NewOrgInvite {
  orgId: string;
  role: OrgRole;
  secretHash: string;
  createdBy: string;
  expiresAt: number;
}

export async function insertOrgInvite(d: Db, invite: NewOrgInvite, now = Date.now()): Promise<string> {
  const id = crypto.randomUUID();
  await d.insert(links).values({
    id, organizationId: invite.orgId, secretHash: invite.secretHash, role: invite.role, createdBy: invite.createdBy, createdAt: now, expiresAt: invite.expiresAt,
  });
  return id;
}

const inviteColumns = {
  id: links.id, role: links.role, createdBy: links.createdBy, createdAt: links.createdAt, expiresAt: links.expiresAt,
  revokedAt: links.revokedAt, usedAt: links.usedAt, usedBy: links.usedBy,
};

/** The organisation's links, newest first, never their secrets. */
export async function listOrgInvites(d: Db, orgId: string): Promise<OrgInvite[]> {
  const rows = await d.select(inviteColumns).from(links).where(eq(links.organizationId, orgId)).orderBy(desc(links.createdAt)).limit(LIST_LIMIT);
  return rows.map((r) => ({ ...r, role: OrgRoleSchema.parse(r.role) }));
}

export type RevokeResult = { ok: true; revokedAt: number } | { ok: false; reason: "not_found" | "used" };

/** Revoking twice is harmless (the first time stands); a used link has done its work and stays as it is. */
export async function revokeOrgInvite(d: Db, orgId: string, inviteId: string, now = Date.now()): Promise<RevokeResult> {
  const [row] = await d.select(inviteColumns).from(links).where(and(eq(links.id, inviteId), eq(links.organizationId, orgId)));
  if (!row) return { ok: false, reason: "not_found" };
  if (row.usedAt !== null) return { ok: false, reason: "used" };
  if (row.revokedAt !== null) return { ok: true, revokedAt: row.revokedAt };
  await d.update(links).set({ revokedAt: now }).where(and(eq(links.id, inviteId), isNull(links.revokedAt)));
  return { ok: true, revokedAt: now };
}

/** Why a link admits nobody; the Worker turns each into its answer. */
export type InviteRefusal = "not_found" | "expired" | "revoked" | "used" | "already_member";
export type AcceptResult = { ok: true; membership: Membership } | { ok: false; reason: InviteRefusal };

type UsableInvite = { ok: true; row: { link: typeof links.$inferSelect; orgName: string } } | { ok: false; reason: Exclude<InviteRefusal, "already_member"> };

/** The link and its organisation's name, if the secret matches and the link can still admit someone. */
async function usableInvite(d: Db, inviteId: string, secretHash: string, now: number): Promise<UsableInvite> {
  const [row] = await d
    .select({ link: links, orgName: organizations.name })
    .from(links)
    .innerJoin(organizations, eq(organizations.id, links.organizationId))
    .where(and(eq(links.id, inviteId), eq(links.secretHash, secretHash)));
  if (!row) return { ok: false, reason: "not_found" };
  if (row.link.usedAt !== null) return { ok: false, reason: "used" };
  if (row.link.revokedAt !== null) return { ok: false, reason: "revoked" };
  if (row.link.expiresAt <= now) return { ok: false, reason: "expired" };
  return { ok: true, row };
}

export type PreviewResult = { ok: true; preview: { orgName: string; role: OrgRole; expiresAt: number } } | { ok: false; reason: Exclude<InviteRefusal, "already_member"> };

/** What the link's holder is invited to, before they accept: the organisation's name and the role. */
export async function previewOrgInvite(d: Db, inviteId: string, secretHash: string, now = Date.now()): Promise<PreviewResult> {
  const usable = await usableInvite(d, inviteId, secretHash, now);
  if (!usable.ok) return usable;
  const { link, orgName } = usable.row;
  return { ok: true, preview: { orgName, role: OrgRoleSchema.parse(link.role), expiresAt: link.expiresAt } };
}

/**
 * Joins `userId` to the link's organisation with its role. `secretHash` must match the row's: a
 * wrong secret is indistinguishable from an unknown link.
 */
export async function acceptOrgInvite(d: Db, inviteId: string, secretHash: string, userId: string, now = Date.now()): Promise<AcceptResult> {
  const usable = await usableInvite(d, inviteId, secretHash, now);
  if (!usable.ok) return usable;
  const { row } = usable;
  const { link } = row;
  const [existing] = await d.select({ role: members.role }).from(members).where(and(eq(members.organizationId, link.organizationId), eq(members.userId, userId)));
  if (existing) return { ok: false, reason: "already_member" };

  const role = OrgRoleSchema.parse(link.role);
  const [marked] = await d.batch([
    d
      .update(links)
      .set({ usedAt: now, usedBy: userId })
      .where(and(eq(links.id, inviteId), isNull(links.usedAt), isNull(links.revokedAt), gt(links.expiresAt, now)))
      .returning({ id: links.id }),
    // Only if the update above marked this link used by this account at this moment: a second
    // acceptance racing the first finds it taken and joins nobody.
    d.insert(members).select(
      d
        .select({ organizationId: links.organizationId, userId: sql<string>`${userId}`.as("user_id"), role: sql<OrgRole>`${role}`.as("role"), createdAt: sql<number>`${now}`.as("created_at") })
        .from(links)
        .where(and(eq(links.id, inviteId), eq(links.usedBy, userId), eq(links.usedAt, now))),
    ).onConflictDoNothing(),
  ]);
  if (marked.length === 0) return { ok: false, reason: "used" };
  return { ok: true, membership: { id: link.organizationId, name: row.orgName, role } };
}
