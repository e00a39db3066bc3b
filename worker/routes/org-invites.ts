/**
 * Invite links to an organisation: an admin makes one for a role and hands it over; whoever opens
 * it signed in joins with that role, once. The link is `<origin>/org-invite#<id>.<secret>`: the
 * secret stays in the fragment (never sent in a page request or a Referer) and D1 keeps its SHA-256.
 */
import { Hono } from "hono";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { db } from "../../data/db";
import { acceptOrgInvite, type InviteRefusal, insertOrgInvite, listOrgInvites, previewOrgInvite, revokeOrgInvite } from "../../data/org-invites";
import { orgAudit } from "../../data/orgs";
import type { AppEnv } from "../app-env";
import { randomSecret, sha256Hex } from "../accounts/random-secret";
import { linkOrigin } from "../auth/origins";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { smallBody } from "../middleware/body-cap";
import { actorOf, orgAccess } from "../middleware/org-access";
import { jsonBody } from "../validate";

const HOUR_MS = 3_600_000;

const REFUSED: Record<InviteRefusal, [code: "not_found" | "forbidden" | "conflict", message: string]> = {
  not_found: ["not_found", "no such invite link: check that the whole link was copied"],
  expired: ["forbidden", "this invite link has expired: ask an admin of the organisation for a new one"],
  revoked: ["forbidden", "this invite link was revoked: ask an admin of the organisation for a new one"],
  used: ["forbidden", "this invite link was already used: each link admits one person"],
  already_member: ["conflict", "you are already a member of this organisation"],
};

export const orgInvites = new Hono<AppEnv>()
  .on(ROUTES.orgInvites.method, ROUTES.orgInvites.path, signedIn(), async (c) => {
    const { d, orgId } = await orgAccess(c, "manageOrganisation");
    return c.json({ invites: await listOrgInvites(d, orgId) } satisfies ResponseBody<"orgInvites">);
  })

  .on(ROUTES.createOrgInvite.method, ROUTES.createOrgInvite.path, smallBody, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAccess(c, "manageOrganisation");
    const { role, ttlHours } = await jsonBody(c, ROUTE_BODIES.createOrgInvite.request);
    const secret = randomSecret();
    const expiresAt = Date.now() + ttlHours * HOUR_MS;
    const id = await insertOrgInvite(d, { orgId, role, secretHash: await sha256Hex(secret), createdBy: me.userId, expiresAt });
    await orgAudit(d, { orgId, actor: actorOf(me), action: "invite.create", detail: { inviteId: id, role, expiresAt } });
    const link = `${linkOrigin(c.env, c.req.url)}/org-invite#${id}.${secret}`;
    return c.json({ id, role, expiresAt, link } satisfies ResponseBody<"createOrgInvite">, 201);
  })

  .on(ROUTES.revokeOrgInvite.method, ROUTES.revokeOrgInvite.path, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAccess(c, "manageOrganisation");
    const inviteId = c.req.param("inviteId");
    const revoked = await revokeOrgInvite(d, orgId, inviteId);
    if (!revoked.ok) {
      if (revoked.reason === "used") throw new HttpError("conflict", "this invite link was already used: remove the member instead");
      throw new HttpError("not_found", "no such invite link in this organisation");
    }
    await orgAudit(d, { orgId, actor: actorOf(me), action: "invite.revoke", detail: { inviteId } });
    return c.json({ id: inviteId, revokedAt: revoked.revokedAt } satisfies ResponseBody<"revokeOrgInvite">);
  })

  .on(ROUTES.previewOrgInvite.method, ROUTES.previewOrgInvite.path, smallBody, async (c) => {
    const { invite } = await jsonBody(c, ROUTE_BODIES.previewOrgInvite.request);
    const [inviteId, secret] = invite.split(".");
    const previewed = await previewOrgInvite(db(c.env.DB), inviteId, await sha256Hex(secret));
    if (!previewed.ok) throw new HttpError(...REFUSED[previewed.reason]);
    return c.json(previewed.preview satisfies ResponseBody<"previewOrgInvite">);
  })

  .on(ROUTES.acceptOrgInvite.method, ROUTES.acceptOrgInvite.path, smallBody, signedIn(), async (c) => {
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    const { invite } = await jsonBody(c, ROUTE_BODIES.acceptOrgInvite.request);
    const [inviteId, secret] = invite.split(".");
    const d = db(c.env.DB);
    const accepted = await acceptOrgInvite(d, inviteId, await sha256Hex(secret), me.userId);
    if (!accepted.ok) throw new HttpError(...REFUSED[accepted.reason]);
    const { membership } = accepted;
    await orgAudit(d, { orgId: membership.id, actor: actorOf(me), action: "member.join", detail: { inviteId, role: membership.role } });
    return c.json(membership satisfies ResponseBody<"acceptOrgInvite">);
  });
