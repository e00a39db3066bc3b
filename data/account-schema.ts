/**
 * Accounts and organisations (issue 13). The first five tables are better-auth's (core and passkey
 * plugin): their JS property names are the field names better-auth asks its drizzle adapter for,
 * so they must not be renamed; the SQL names are ours. Organisations, members, invite links, API
 * keys, settings and webhooks are Duet's own model (data/orgs.ts), with Duet's roles.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

const timestamp = (name: string) => integer(name, { mode: "timestamp_ms" });
const flag = (name: string) => integer(name, { mode: "boolean" });

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** Passkey-only accounts have no mailbox: a placeholder under `.invalid` (contracts: never mailed). */
  email: text("email").notNull().unique(),
  emailVerified: flag("email_verified").notNull().default(false),
  image: text("image"),
  createdAt: timestamp("created_at").notNull(),
  updatedAt: timestamp("updated_at").notNull(),
});

export const authSessions = sqliteTable(
  "auth_sessions",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at").notNull(),
    token: text("token").notNull().unique(),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
  },
  (t) => [index("auth_sessions_user").on(t.userId)],
);

/** A way to sign in other than a passkey: an OIDC provider's subject, or Cloudflare Access's. */
export const authAccounts = sqliteTable(
  "auth_accounts",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at"),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password"),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [index("auth_accounts_user").on(t.userId), uniqueIndex("auth_accounts_provider").on(t.providerId, t.accountId)],
);

export const authVerifications = sqliteTable(
  "auth_verifications",
  {
    id: text("id").primaryKey(),
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamp("expires_at").notNull(),
    createdAt: timestamp("created_at").notNull(),
    updatedAt: timestamp("updated_at").notNull(),
  },
  (t) => [index("auth_verifications_identifier").on(t.identifier)],
);

export const passkeys = sqliteTable(
  "passkeys",
  {
    id: text("id").primaryKey(),
    name: text("name"),
    publicKey: text("public_key").notNull(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    credentialID: text("credential_id").notNull(),
    counter: integer("counter").notNull(),
    deviceType: text("device_type").notNull(),
    backedUp: flag("backed_up").notNull(),
    transports: text("transports"),
    createdAt: timestamp("created_at"),
    aaguid: text("aaguid"),
  },
  (t) => [index("passkeys_user").on(t.userId), uniqueIndex("passkeys_credential").on(t.credentialID)],
);

export const organizations = sqliteTable("organizations", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  createdAt: integer("created_at").notNull(),
});

/** Roles: contracts/accounts.ts ORG_ROLES (interviewer, reviewer, admin). */
export const members = sqliteTable(
  "members",
  {
    organizationId: text("organization_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["interviewer", "reviewer", "admin"] }).notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index("members_user").on(t.userId)],
);

/** An organisation's API keys: the key is 32 random bytes, so a SHA-256 of it is all that is kept. */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The key's first characters, shown in lists so a key can be recognised. */
    start: text("start").notNull(),
    keyHash: text("key_hash").notNull().unique(),
    scopes: text("scopes", { mode: "json" }).$type<string[]>().notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [index("api_keys_org").on(t.organizationId)],
);

/** What an organisation's admins set; a missing row means the defaults (contracts/accounts.ts). */
export const orgSettings = sqliteTable("org_settings", {
  organizationId: text("organization_id").primaryKey().references(() => organizations.id, { onDelete: "cascade" }),
  runsPerHour: integer("runs_per_hour"),
  roomsWithRuns: integer("rooms_with_runs"),
  retentionDays: integer("retention_days"),
  defaultRubric: text("default_rubric", { mode: "json" }).$type<unknown>(),
  privacyUrl: text("privacy_url"),
  updatedAt: integer("updated_at").notNull(),
});

/** Interviewers of the organisation added to a room: they enter it as interviewer without a link. */
export const roomInterviewers = sqliteTable(
  "room_interviewers",
  {
    roomId: text("room_id").notNull(),
    userId: text("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    addedAt: integer("added_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roomId, t.userId] }), index("room_interviewers_user").on(t.userId)],
);

/** Invite links to an organisation: the link holds a random secret, the row only its SHA-256. */
export const orgInviteLinks = sqliteTable(
  "org_invite_links",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull().unique(),
    role: text("role").notNull(),
    createdBy: text("created_by").notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    revokedAt: integer("revoked_at"),
    /** A link admits one person: who used it, and when (null while unused). */
    usedAt: integer("used_at"),
    usedBy: text("used_by"),
  },
  (t) => [index("org_invite_links_org").on(t.organizationId)],
);

/** The organisation's audit log: members, roles, keys, settings, webhooks (room events stay in audit_log). */
export const orgAudit = sqliteTable(
  "org_audit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: text("organization_id").notNull(),
    ts: integer("ts").notNull(),
    actorId: text("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("org_audit_org_ts").on(t.organizationId, t.ts)],
);

/** Where an organisation's events are POSTed, signed with HMAC-SHA256 under the endpoint's secret. */
export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: text("id").primaryKey(),
    organizationId: text("organization_id").notNull().references(() => organizations.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    /** The signing secret (shown once at creation); the key id travels in every signature header. */
    secret: text("secret").notNull(),
    keyId: text("key_id").notNull(),
    events: text("events", { mode: "json" }).$type<string[]>().notNull(),
    createdAt: integer("created_at").notNull(),
    disabledAt: integer("disabled_at"),
  },
  (t) => [index("webhook_endpoints_org").on(t.organizationId)],
);

/** One row per event and endpoint: its attempts, the last answer, and when it is tried next. */
export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: text("id").primaryKey(),
    endpointId: text("endpoint_id").notNull().references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    organizationId: text("organization_id").notNull(),
    event: text("event").notNull(),
    payload: text("payload").notNull(),
    createdAt: integer("created_at").notNull(),
    /** pending, delivered, or failed (retries exhausted). */
    status: text("status").notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at"),
    lastStatus: integer("last_status"),
    lastError: text("last_error"),
    deliveredAt: integer("delivered_at"),
  },
  (t) => [index("webhook_deliveries_org").on(t.organizationId, t.createdAt), index("webhook_deliveries_due").on(t.status, t.nextAttemptAt)],
);

/** Tables better-auth's drizzle adapter reads, by its model names. */
export const authTables = {
  user: users,
  session: authSessions,
  account: authAccounts,
  verification: authVerifications,
  passkey: passkeys,
};
