/**
 * Organisation API keys in D1 (table `api_keys`): only each key's SHA-256 is stored, so these
 * queries take hashes, never keys. They return values or null; the Worker decides what each means.
 */
import { and, desc, eq, isNull } from "drizzle-orm";
import type { ApiKey } from "../contracts/api-keys";
import type { ApiKeyScope } from "../contracts/accounts";
import type { Db } from "./db";
import * as schema from "./schema";

/** More than any organisation needs; a list never grows without bound. */
const LIST_LIMIT = 200;

const summary = {
  id: schema.apiKeys.id,
  name: schema.apiKeys.name,
  start: schema.apiKeys.start,
  scopes: schema.apiKeys.scopes,
  createdBy: schema.apiKeys.createdBy,
  createdAt: schema.apiKeys.createdAt,
  lastUsedAt: schema.apiKeys.lastUsedAt,
  revokedAt: schema.apiKeys.revokedAt,
};

/** What a key presented with a request stands for: its organisation and what it may do. */
export interface StoredApiKey {
  id: string;
  orgId: string;
  name: string;
  scopes: ApiKeyScope[];
  revokedAt: number | null;
}

export interface NewApiKey {
  orgId: string;
  name: string;
  scopes: ApiKeyScope[];
  start: string;
  keyHash: string;
  createdBy: string;
}

export async function insertApiKey(d: Db, k: NewApiKey, now = Date.now()): Promise<ApiKey> {
  const row = { id: crypto.randomUUID(), organizationId: k.orgId, name: k.name, start: k.start, keyHash: k.keyHash, scopes: k.scopes, createdBy: k.createdBy, createdAt: now };
  await d.insert(schema.apiKeys).values(row);
  return { id: row.id, name: k.name, start: k.start, scopes: k.scopes, createdBy: k.createdBy, createdAt: now, lastUsedAt: null, revokedAt: null };
}

/** The organisation's keys, newest first, revoked ones included (the admin sees what was turned off). */
export async function listApiKeys(d: Db, orgId: string): Promise<ApiKey[]> {
  const rows = await d.select(summary).from(schema.apiKeys).where(eq(schema.apiKeys.organizationId, orgId))
    .orderBy(desc(schema.apiKeys.createdAt)).limit(LIST_LIMIT);
  return rows.map(asApiKey);
}

/**
 * Revokes one of the organisation's keys. Null when it has no such key; `newly` says whether this
 * call revoked it (revoking twice keeps the first time and is not news).
 */
export async function revokeApiKey(d: Db, orgId: string, keyId: string, now = Date.now()): Promise<{ key: ApiKey; newly: boolean } | null> {
  const mine = and(eq(schema.apiKeys.organizationId, orgId), eq(schema.apiKeys.id, keyId));
  const changed = await d.update(schema.apiKeys).set({ revokedAt: now }).where(and(mine, isNull(schema.apiKeys.revokedAt))).returning({ id: schema.apiKeys.id });
  const [row] = await d.select(summary).from(schema.apiKeys).where(mine);
  return row ? { key: asApiKey(row), newly: changed.length > 0 } : null;
}

/** The key with this hash, revoked or not; null when there is none. */
export async function apiKeyByHash(d: Db, keyHash: string): Promise<StoredApiKey | null> {
  const [row] = await d
    .select({ id: schema.apiKeys.id, orgId: schema.apiKeys.organizationId, name: schema.apiKeys.name, scopes: schema.apiKeys.scopes, revokedAt: schema.apiKeys.revokedAt })
    .from(schema.apiKeys)
    .where(eq(schema.apiKeys.keyHash, keyHash));
  return row ? { ...row, scopes: row.scopes as ApiKeyScope[] } : null;
}

export async function markApiKeyUsed(d: Db, keyId: string, now = Date.now()): Promise<void> {
  await d.update(schema.apiKeys).set({ lastUsedAt: now }).where(eq(schema.apiKeys.id, keyId));
}

function asApiKey(row: { scopes: string[] } & Omit<ApiKey, "scopes">): ApiKey {
  return { ...row, scopes: row.scopes as ApiKeyScope[] };
}
