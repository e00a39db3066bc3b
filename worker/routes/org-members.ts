/**
 * An organisation's members, managed by its admins: change a role, remove a member (or leave),
 * reset a member's sign-in (recovery without e-mail), delete a member's data. The organisation
 * always keeps an admin (409 otherwise).
 */
import { Hono } from "hono";
import { RECOVERY_TTL_HOURS } from "../../contracts/orgs";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { deleteAccount } from "../../data/account-data";
import { type MemberChangeRefusal, orgIdsOf, orgsBeyondAdmin, removeMember, setMemberRole } from "../../data/org-members";
import { orgAudit } from "../../data/orgs";
import { resetSignIn } from "../../data/recovery-codes";
import type { AppEnv } from "../app-env";
import { randomSecret, sha256Hex } from "../accounts/random-secret";
import { linkOrigin } from "../auth/origins";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { smallBody } from "../middleware/body-cap";
import { actorOf, orgAccess } from "../middleware/org-access";
import { jsonBody } from "../validate";

const HOUR_MS = 3_600_000;

function refused(reason: MemberChangeRefusal, what: string): HttpError {
  if (reason === "not_member") return new HttpError("not_found", "no such member of this organisation");
  return new HttpError("conflict", `the organisation's last admin cannot be ${what}: make another member admin first`);
}

export const orgMembers = new Hono<AppEnv>()
  .on(ROUTES.setMemberRole.method, ROUTES.setMemberRole.path, smallBody, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAccess(c, "manageOrganisation");
    const { role } = await jsonBody(c, ROUTE_BODIES.setMemberRole.request);
    const userId = c.req.param("userId");
    const member = await setMemberRole(d, orgId, userId, role);
    if (typeof member === "string") throw refused(member, "demoted");
    await orgAudit(d, { orgId, actor: actorOf(me), action: "member.role", detail: { userId, name: member.name, role } });
    return c.json(member satisfies ResponseBody<"setMemberRole">);
  })

  // An admin removes anyone; any member may leave.
  .on(ROUTES.removeMember.method, ROUTES.removeMember.path, signedIn(), async (c) => {
    const userId = c.req.param("userId");
    const access = await orgAccess(c);
    if (access.me.userId !== userId && access.role !== "admin") throw new HttpError("forbidden", "only the organisation's admins can remove another member");
    const { me, d, orgId } = access;
    const removed = await removeMember(d, orgId, userId);
    if (removed !== true) throw refused(removed, me.userId === userId ? "leave" : "removed");
    await orgAudit(d, { orgId, actor: actorOf(me), action: "member.remove", detail: { userId, left: me.userId === userId } });
    return c.json({ removed: true, userId } satisfies ResponseBody<"removeMember">);
  })

  .on(ROUTES.resetMemberSignIn.method, ROUTES.resetMemberSignIn.path, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAccess(c, "manageOrganisation");
    const userId = c.req.param("userId");
    const theirOrgs = await orgIdsOf(d, userId);
    if (!theirOrgs.includes(orgId)) throw new HttpError("not_found", "no such member of this organisation");
    // Whoever holds the recovery link holds the account, in every organisation it belongs to.
    const beyond = await orgsBeyondAdmin(d, userId, me.userId);
    if (beyond.length > 0) {
      throw new HttpError("conflict", `this member also belongs to ${beyond.length === 1 ? "an organisation" : `${beyond.length} organisations`} you are not an admin of: an admin of every one of their organisations must reset their sign-in`);
    }
    const code = randomSecret();
    const expiresAt = Date.now() + RECOVERY_TTL_HOURS * HOUR_MS;
    const reset = await resetSignIn(d, userId, await sha256Hex(code), expiresAt);
    // Every organisation of theirs records it: each one's admins see who could have taken the account over.
    for (const id of theirOrgs) {
      await orgAudit(d, { orgId: id, actor: actorOf(me), action: "member.reset_sign_in", detail: { userId, fromOrg: orgId, ...reset } });
    }
    const link = `${linkOrigin(c.env, c.req.url)}/recover#${code}`;
    return c.json({ userId, ...reset, link, expiresAt } satisfies ResponseBody<"resetMemberSignIn">);
  })

  .on(ROUTES.deleteMemberData.method, ROUTES.deleteMemberData.path, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAccess(c, "manageOrganisation");
    const userId = c.req.param("userId");
    const removed = await removeMember(d, orgId, userId);
    if (removed !== true) throw refused(removed, "removed");
    // Another organisation's member keeps their account: it is not this organisation's to delete.
    const accountDeleted = (await orgIdsOf(d, userId)).length === 0;
    if (accountDeleted) await deleteAccount(d, userId);
    await orgAudit(d, { orgId, actor: actorOf(me), action: "member.delete_data", detail: { userId, accountDeleted } });
    return c.json({ userId, removed: true, accountDeleted } satisfies ResponseBody<"deleteMemberData">);
  });
