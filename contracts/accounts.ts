/**
 * Accounts and organisations (issue 13): who an interviewer is across rooms, the organisations
 * they belong to, and what each organisation role may do. Candidates and spectators never have an
 * account: they join by link (contracts/api.ts).
 */
import { z } from "zod";
import { ORG_ROLES } from "./org-roles";
import { RubricSchema } from "./scorecards";
import { DisplayNameSchema, RoomTitleSchema } from "./text";

// ── roles ────────────────────────────────────────────────────────────────────────────────────────

export { can, ORG_CAPABILITIES, ORG_ROLES, type OrgCapability, type OrgRole } from "./org-roles";
export const OrgRoleSchema = z.enum(ORG_ROLES);

// ── quotas and settings ─────────────────────────────────────────────────────────────────────────

/** An organisation's run quotas until its admin sets others: they feed the runner's fairness by tenant. */
export const DEFAULT_ORG_QUOTAS = { runsPerHour: 600, roomsWithRuns: 4 } as const;

/** An https page, as candidates will open it: nothing a browser would run (javascript:, data:) gets through. */
export const PrivacyUrlSchema = z.url({ protocol: /^https$/, hostname: z.regexes.domain }).max(2048);

export const OrgSettingsSchema = z.strictObject({
  runsPerHour: z.number().int().min(1).max(100_000),
  roomsWithRuns: z.number().int().min(1).max(1_000),
  /** How long interview records are kept, in days, never longer than the deployment's RECORD_RETENTION_DAYS; null: that cap. */
  retentionDays: z.number().int().min(1).max(3650).nullable(),
  /** The rubric the organisation's interviews score against unless a room sets its own (contracts/scorecards.ts); null: Duet's default. */
  defaultRubric: RubricSchema.nullable(),
  /** The organisation's privacy notice, linked from the recording notice candidates read (join page, room); null: none. */
  privacyUrl: PrivacyUrlSchema.nullable(),
});
export type OrgSettings = z.infer<typeof OrgSettingsSchema>;
export const UpdateOrgSettingsSchema = OrgSettingsSchema.partial().strict();

// ── accounts ────────────────────────────────────────────────────────────────────────────────────

/** `POST /api/auth/account/start`: a new account, signed in at once; the page then registers a passkey. */
export const AccountStartSchema = z.strictObject({ name: DisplayNameSchema });

export const OrgNameSchema = RoomTitleSchema;
export const OrgIdSchema = z.string().min(1).max(64);

export const MembershipSchema = z.strictObject({ id: z.string(), name: z.string(), role: OrgRoleSchema });
export type Membership = z.infer<typeof MembershipSchema>;

/** `GET /api/me`: who is signed in (null when nobody is) and their organisations. */
export const MeResponseSchema = z.strictObject({
  user: z.strictObject({ id: z.string(), name: z.string(), email: z.string().nullable() }).nullable(),
  organizations: z.array(MembershipSchema),
  /** Whether this server lets a visitor create a room without signing in (local development only). */
  anonymousRooms: z.boolean(),
  /** How one may sign in here: passkeys always; the OpenID Connect providers and Cloudflare Access the deployment configured. */
  signIn: z.strictObject({
    providers: z.array(z.strictObject({ id: z.string(), name: z.string() })),
    cloudflareAccess: z.boolean(),
  }),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const CreateOrgSchema = z.strictObject({ name: OrgNameSchema });
export const CreateOrgResponseSchema = MembershipSchema;

/** One interview in a list: "Your interviews", or an organisation's for its reviewers and admins. */
export const InterviewSummarySchema = z.strictObject({
  roomId: z.string(),
  title: z.string(),
  orgId: z.string().nullable(),
  ownerId: z.string(),
  ownerName: z.string().nullable(),
  createdAt: z.number(),
  expiresAt: z.number(),
  endedAt: z.number().nullable(),
});
export type InterviewSummary = z.infer<typeof InterviewSummarySchema>;
export const InterviewsResponseSchema = z.strictObject({ interviews: z.array(InterviewSummarySchema) });

/** `POST /api/rooms/:roomId/enter`: an account's way into a room, without a link. */
export const EnterRoomResponseSchema = z.strictObject({
  token: z.string(),
  identity: z.strictObject({ userId: z.string(), name: z.string(), role: z.enum(["interviewer", "candidate", "spectator"]), color: z.string() }),
  room: z.strictObject({ id: z.string(), title: z.string(), expiresAt: z.number() }),
});

// ── API keys ────────────────────────────────────────────────────────────────────────────────────

export const API_KEY_SCOPES = ["rooms:create", "rooms:read"] as const;
export const ApiKeyScopeSchema = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof ApiKeyScopeSchema>;
/** Every organisation API key starts so: a secret scanner can recognise one, and so can a person. */
export const API_KEY_PREFIX = "duet_";
