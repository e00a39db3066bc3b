/**
 * Test organisations with people in them, made the way users make them: an admin creates the
 * organisation and hands out invite links, each new member accepts theirs while signed in.
 */
import type { OrgRole } from "../../contracts/accounts";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, type Route, ROUTES } from "../../contracts/routes";
import { asAccount, createOrgAs, startAccount, type TestAccount } from "./accounts";

/** The code a link carries in its fragment, which the accept page posts. */
export const codeOf = (link: string) => new URL(link).hash.slice(1);

export async function inviteLink(admin: TestAccount, orgId: string, role: OrgRole, ttlHours?: number) {
  const res = await asAccount(admin, pathTo(ROUTES.createOrgInvite, { orgId }), { body: { role, ttlHours } });
  if (res.status !== 201) throw new Error(`invite failed: ${res.status} ${await res.text()}`);
  return ROUTE_BODIES.createOrgInvite.response.parse(await res.json());
}

export function accept(who: TestAccount, code: string) {
  return asAccount(who, pathTo(ROUTES.acceptOrgInvite), { body: { invite: code } });
}

/** A new account that joined the organisation with `role`. */
export async function member(admin: TestAccount, orgId: string, role: OrgRole, name: string): Promise<TestAccount> {
  const who = await startAccount(name);
  const res = await accept(who, codeOf((await inviteLink(admin, orgId, role)).link));
  if (res.status !== 200) throw new Error(`accept failed: ${res.status} ${await res.text()}`);
  return who;
}

/** An organisation with one member of each role. */
export async function team(name = "Acme") {
  const admin = await startAccount("Ada Admin");
  const org = await createOrgAs(admin, name);
  const [interviewer, reviewer] = await Promise.all([
    member(admin, org.id, "interviewer", "Ian Interviewer"),
    member(admin, org.id, "reviewer", "Rita Reviewer"),
  ]);
  return { orgId: org.id, admin, interviewer, reviewer };
}

/** Calls a route as `who`: the route's method, its path from the table. */
export function callAs(who: TestAccount | null, route: keyof typeof ROUTES, params: Record<string, string>, body?: unknown, origin?: string) {
  const r: Route = ROUTES[route];
  return asAccount(who, pathTo(r, params), { method: r.method, body, origin });
}
