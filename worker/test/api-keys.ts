/**
 * Test helpers for organisation API keys: an admin makes one through the route, an applicant-
 * tracking system uses it as a server would (Bearer, no cookie, no Origin), and members of other
 * roles are added straight to D1 (invites are the organisation routes' own tests).
 */
import { env, SELF } from "cloudflare:test";
import type { ApiKeyScope, OrgRole } from "../../contracts/accounts";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { asAccount, startAccount, type TestAccount } from "./accounts";

export async function createKeyAs(admin: TestAccount, orgId: string, scopes: ApiKeyScope[], name = "Greenhouse"): Promise<ResponseBody<"createApiKey">> {
  const res = await asAccount(admin, pathTo(ROUTES.createApiKey, { orgId }), { body: { name, scopes } });
  if (res.status !== 201) throw new Error(`key create failed: ${res.status} ${await res.text()}`);
  return ROUTE_BODIES.createApiKey.response.parse(await res.json());
}

export async function revokeKeyAs(admin: TestAccount, orgId: string, keyId: string): Promise<void> {
  const res = await asAccount(admin, pathTo(ROUTES.revokeApiKey, { orgId, keyId }), { method: "POST" });
  if (res.status !== 200) throw new Error(`key revoke failed: ${res.status} ${await res.text()}`);
}

/** A request as an applicant-tracking system's server makes it. */
export function withKey(key: string, path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  const headers: Record<string, string> = { Authorization: `Bearer ${key}` };
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  return SELF.fetch(`http://ats.test${path}`, {
    method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
    headers,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
}

/** A new account that is a member of the organisation with this role. */
export async function memberOf(orgId: string, role: OrgRole, name: string): Promise<TestAccount> {
  const who = await startAccount(name);
  await env.DB.prepare("INSERT INTO members (organization_id, user_id, role, created_at) VALUES (?, ?, ?, ?)").bind(orgId, who.userId, role, Date.now()).run();
  return who;
}

export async function count(table: "api_keys" | "rooms" | "org_audit", where = "1 = 1", ...binds: unknown[]): Promise<number> {
  return (await env.DB.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).bind(...binds).first<{ n: number }>())!.n;
}
