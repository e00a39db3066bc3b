/**
 * Test accounts, signed in the way a browser is: `POST /api/auth/account/start` sets the session
 * cookie, and every later request carries it with the page's Origin. Passkeys need an
 * authenticator, so the browser suite (test/e2e/accounts.e2e.test.ts) covers them; here the account
 * is started and used.
 */
import { SELF } from "cloudflare:test";
import type { Membership } from "../../contracts/accounts";
import { CSRF_HEADER, pathTo, ROUTES } from "../../contracts/routes";

/** A loopback origin: the one the test environment allows a browser page (worker/auth/origins.ts). */
export const PAGE = "http://localhost";

export interface TestAccount {
  userId: string;
  name: string;
  cookie: string;
}

export function asAccount(
  who: TestAccount | null, path: string,
  init: { method?: string; body?: unknown; rawBody?: string; origin?: string | null; csrf?: boolean; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...init.headers };
  if (who) headers.Cookie = who.cookie;
  if (init.origin !== null) headers.Origin = init.origin ?? PAGE;
  if (init.csrf !== false) headers[CSRF_HEADER] = "1";
  const body = init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined);
  if (body !== undefined) headers["Content-Type"] = "application/json";
  return SELF.fetch(`${PAGE}${path}`, {
    method: init.method ?? (body !== undefined ? "POST" : "GET"),
    headers,
    body,
    redirect: "manual",
  });
}

export async function startAccount(name: string): Promise<TestAccount> {
  const res = await asAccount(null, "/api/auth/account/start", { body: { name } });
  if (res.status !== 200) throw new Error(`account start failed: ${res.status} ${await res.text()}`);
  const { user } = (await res.json()) as { user: { id: string; name: string } };
  const cookie = cookieFrom(res);
  return { userId: user.id, name: user.name, cookie };
}

/** The `name=value` pairs of a response's Set-Cookie headers, as a Cookie header. */
export function cookieFrom(res: Response): string {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

export async function createOrgAs(who: TestAccount, name: string): Promise<Membership> {
  const res = await asAccount(who, pathTo(ROUTES.createOrg), { body: { name } });
  if (res.status !== 201) throw new Error(`org create failed: ${res.status} ${await res.text()}`);
  return res.json();
}
