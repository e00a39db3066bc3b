/**
 * An organisation API key presented as `Authorization: Bearer duet_…`. Room session tokens travel
 * as Bearer too (on room routes); the `duet_` prefix tells the two apart, so a route can take
 * either, or a key or a signed-in account.
 */
import type { Context } from "hono";
import type { ApiKeyScope } from "../../contracts/accounts";
import { apiKeyByHash, markApiKeyUsed } from "../../data/api-keys";
import { db } from "../../data/db";
import type { AppEnv } from "../app-env";
import { looksLikeApiKey, wellFormedApiKey } from "../accounts/api-key-secret";
import { sha256Hex } from "../accounts/random-secret";
import { HttpError } from "../http-error";
import { bearerToken } from "./bearer";

/** Who a request made with a key acts for. */
export interface ApiKeyCaller {
  id: string;
  orgId: string;
  name: string;
}

const OTHER_ORG = "this API key belongs to another organisation";

/**
 * The key this request carries, checked: null when it carries none (the route may then take an
 * account or a room token). An unknown or revoked key is 401, a key without `scope` 403, and so is a
 * key of an organisation other than `orgId` when one is given (or the `outside` error instead).
 * Only a key that passes is marked used: a refusal writes nothing.
 */
export async function apiKeyCaller(
  c: Context<AppEnv>, scope: ApiKeyScope, orgId?: string | null, outside = new HttpError("forbidden", OTHER_ORG),
): Promise<ApiKeyCaller | null> {
  const credential = bearerToken(c);
  if (credential === undefined || !looksLikeApiKey(credential)) return null;
  if (!wellFormedApiKey(credential)) throw new HttpError("unauthorized", "unknown API key");
  const d = db(c.env.DB);
  const key = await apiKeyByHash(d, await sha256Hex(credential));
  if (!key) throw new HttpError("unauthorized", "unknown API key");
  if (key.revokedAt !== null) throw new HttpError("unauthorized", "this API key was revoked");
  if (!key.scopes.includes(scope)) throw new HttpError("forbidden", `this API key does not have the scope ${scope}`);
  if (orgId !== undefined && orgId !== key.orgId) throw outside;
  await markApiKeyUsed(d, key.id);
  return { id: key.id, orgId: key.orgId, name: key.name };
}
