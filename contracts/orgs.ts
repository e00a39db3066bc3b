/**
 * Managing an organisation (issue 13): its members and their roles, invite links, an admin's
 * reset of a member's sign-in (recovery without e-mail), settings, the audit log, adding an
 * interviewer to a room, and an account's own data. Roles and capabilities: ./accounts.ts.
 */
import { z } from "zod";
import { MembershipSchema, OrgRoleSchema } from "./accounts";
import { RecentProblemSchema } from "./recent-problems";

// ── the organisation and its members ────────────────────────────────────────────────────────────

export const MemberSchema = z.strictObject({ userId: z.string(), name: z.string(), role: OrgRoleSchema, joinedAt: z.number() });
export type Member = z.infer<typeof MemberSchema>;

/** `GET /api/orgs/:orgId`: what a member sees of their organisation. */
export const OrgResponseSchema = z.strictObject({
  org: z.strictObject({ id: z.string(), name: z.string(), createdAt: z.number() }),
  role: OrgRoleSchema,
  members: z.array(MemberSchema),
});

export const SetMemberRoleSchema = z.strictObject({ role: OrgRoleSchema });
export const MemberResponseSchema = MemberSchema;
export const RemoveMemberResponseSchema = z.strictObject({ removed: z.literal(true), userId: z.string() });

// ── invite links ────────────────────────────────────────────────────────────────────────────────

export const ORG_INVITE_TTL_HOURS = { min: 1, max: 168, default: 72 } as const;

export const CreateOrgInviteSchema = z.strictObject({
  role: OrgRoleSchema,
  ttlHours: z.number().int().min(ORG_INVITE_TTL_HOURS.min).max(ORG_INVITE_TTL_HOURS.max).default(ORG_INVITE_TTL_HOURS.default),
});

/** The link's fragment, `<id>.<secret>`: the secret is 32 random bytes, base64url; the server keeps only its SHA-256. */
export const OrgInviteCodeSchema = z.string().regex(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/, "not an invite link's code");

/** The one answer that holds the secret: the link is shown once, to the admin who made it. */
export const CreateOrgInviteResponseSchema = z.strictObject({
  id: z.string(),
  role: OrgRoleSchema,
  expiresAt: z.number(),
  link: z.string(),
});

export const OrgInviteSchema = z.strictObject({
  id: z.string(),
  role: OrgRoleSchema,
  createdBy: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
  revokedAt: z.number().nullable(),
  usedAt: z.number().nullable(),
  usedBy: z.string().nullable(),
});
export type OrgInvite = z.infer<typeof OrgInviteSchema>;
export const OrgInvitesResponseSchema = z.strictObject({ invites: z.array(OrgInviteSchema) });
export const RevokeOrgInviteResponseSchema = z.strictObject({ id: z.string(), revokedAt: z.number() });

export const AcceptOrgInviteSchema = z.strictObject({ invite: OrgInviteCodeSchema });
export const AcceptOrgInviteResponseSchema = MembershipSchema;
/** The code goes in a body, never a URL: a preview is a POST for the same reason as accepting. */
export const OrgInvitePreviewSchema = z.strictObject({ orgName: z.string(), role: OrgRoleSchema, expiresAt: z.number() });

// ── recovery without e-mail ─────────────────────────────────────────────────────────────────────

/** How long an admin's recovery link works: a day, once. */
export const RECOVERY_TTL_HOURS = 24;
/** 32 random bytes, base64url: the fragment of `<origin>/recover#<code>`. */
export const RecoveryCodeSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "not a recovery code");
export const ResetSignInResponseSchema = z.strictObject({
  userId: z.string(),
  passkeysDeleted: z.number(),
  sessionsEnded: z.number(),
  link: z.string(),
  expiresAt: z.number(),
});
/** `POST /api/auth/account/recover` (a better-auth endpoint, worker/accounts/recovery.ts): signs the member in once. */
export const RecoverAccountSchema = z.strictObject({ code: RecoveryCodeSchema });

// ── the audit log ───────────────────────────────────────────────────────────────────────────────

export const ORG_AUDIT_PAGE = 100;
const cursorPart = z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional();
/** `?before=<ts>` jumps to a moment; the next page's `before` and `beforeId` continue exactly where a page ended. */
export const OrgAuditQuerySchema = z.strictObject({ before: cursorPart, beforeId: cursorPart });
export const OrgAuditEntrySchema = z.strictObject({
  id: z.number(),
  ts: z.number(),
  actor: z.strictObject({ userId: z.string(), name: z.string() }),
  action: z.string(),
  detail: z.record(z.string(), z.unknown()).nullable(),
});
/** Newest first; `next` holds the `?before=&beforeId=` of the next (older) page, null on the last one. */
export const OrgAuditResponseSchema = z.strictObject({
  entries: z.array(OrgAuditEntrySchema),
  next: z.strictObject({ before: z.number(), beforeId: z.number() }).nullable(),
});

// ── rooms ───────────────────────────────────────────────────────────────────────────────────────

export const AddRoomInterviewerSchema = z.strictObject({ userId: z.string().min(1).max(64) });
export const AddRoomInterviewerResponseSchema = z.strictObject({ roomId: z.string(), userId: z.string(), name: z.string() });

// ── an account's own data ───────────────────────────────────────────────────────────────────────

export const AccountExportSchema = z.strictObject({
  exportedAt: z.number(),
  user: z.strictObject({ id: z.string(), name: z.string(), email: z.string().nullable(), createdAt: z.number() }),
  passkeys: z.array(z.strictObject({ name: z.string().nullable(), deviceType: z.string(), createdAt: z.number().nullable() })),
  signInProviders: z.array(z.strictObject({ providerId: z.string(), createdAt: z.number() })),
  memberships: z.array(MembershipSchema.extend({ joinedAt: z.number() })),
  interviews: z.array(z.strictObject({ roomId: z.string(), title: z.string(), orgId: z.string().nullable(), createdAt: z.number() })),
  auditEntries: z.array(OrgAuditEntrySchema.extend({ orgId: z.string() })),
  /** Every problem the account put on the table, with when last. */
  problemPicks: z.array(RecentProblemSchema),
});
export type AccountExport = z.infer<typeof AccountExportSchema>;

export const DeleteAccountResponseSchema = z.strictObject({
  deleted: z.literal(true),
  /** Organisations the account was the only member of, deleted with it. */
  organizationsDeleted: z.array(z.string()),
});
export const DeleteMemberDataResponseSchema = z.strictObject({ userId: z.string(), removed: z.literal(true), accountDeleted: z.boolean() });
