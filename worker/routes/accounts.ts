/**
 * Accounts: better-auth's own routes under /api/auth/* (passkeys, OpenID Connect, sessions), who is
 * signed in, their organisations and interviews, and an account's way into a room without a link.
 */
import { Hono } from "hono";
import { can } from "../../contracts/accounts";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { RoomIdSchema } from "../../contracts/wire";
import { audit } from "../../data/audit";
import { db } from "../../data/db";
import { accountRoleInRoom, createOrg, interviewsOf, interviewsOfOrg, membershipsOf, orgAudit, roleIn } from "../../data/orgs";
import { openRoomFor } from "../../data/rooms";
import type { AppEnv } from "../app-env";
import { PLACEHOLDER_EMAIL_DOMAIN } from "../accounts/account-start";
import { authFor, signInMethods } from "../accounts/auth";
import { accountRoomSession } from "../auth/account-room-session";
import { colorFor } from "../auth/colors";
import { HttpError } from "../http-error";
import { account, signedIn } from "../middleware/account";
import { apiKeyCaller } from "../middleware/api-key";
import { smallBody } from "../middleware/body-cap";
import { rateLimit } from "../middleware/rate-limit";
import { anonymousRefusal } from "../middleware/room-creation";
import { jsonBody } from "../validate";

const signInLimit = rateLimit("sign-in", (env) => Number(env.RATE_SIGN_INS_PER_MINUTE) || 30);

export const accounts = new Hono<AppEnv>()
  .on(ROUTES.authGet.method, ROUTES.authGet.path, (c) => authFor(c.env, c.req.url).handler(c.req.raw))
  .on(ROUTES.authPost.method, ROUTES.authPost.path, signInLimit, (c) => authFor(c.env, c.req.url).handler(c.req.raw))

  .on(ROUTES.me.method, ROUTES.me.path, account(), async (c) => {
    const me = c.get("account");
    const anonymousRooms = anonymousRefusal(c.env, new URL(c.req.url).hostname) === null;
    const signIn = signInMethods(c.env);
    if (!me) return c.json({ user: null, organizations: [], anonymousRooms, signIn } satisfies ResponseBody<"me">);
    const email = me.email.endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`) ? null : me.email;
    return c.json({
      user: { id: me.userId, name: me.name, email }, organizations: await membershipsOf(db(c.env.DB), me.userId), anonymousRooms, signIn,
    } satisfies ResponseBody<"me">);
  })

  .on(ROUTES.myInterviews.method, ROUTES.myInterviews.path, signedIn(), async (c) => {
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    return c.json({ interviews: await interviewsOf(db(c.env.DB), me.userId) } satisfies ResponseBody<"myInterviews">);
  })

  .on(ROUTES.createOrg.method, ROUTES.createOrg.path, smallBody, signedIn(), async (c) => {
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    const { name } = await jsonBody(c, ROUTE_BODIES.createOrg.request);
    const d = db(c.env.DB);
    const org = await createOrg(d, name, me.userId);
    await orgAudit(d, { orgId: org.id, actor: { userId: me.userId, name: me.name }, action: "org.create", detail: { name } });
    return c.json(org satisfies ResponseBody<"createOrg">, 201);
  })

  .on(ROUTES.orgInterviews.method, ROUTES.orgInterviews.path, account(), async (c) => {
    const orgId = c.req.param("orgId");
    const d = db(c.env.DB);
    // An applicant-tracking system reads them with a rooms:read key of this organisation.
    if (await apiKeyCaller(c, "rooms:read", orgId)) return c.json({ interviews: await interviewsOfOrg(d, orgId) } satisfies ResponseBody<"orgInterviews">);
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    const role = await roleIn(d, orgId, me.userId);
    if (!role) throw new HttpError("not_found", "no such organisation");
    if (!can(role, "seeAllInterviews")) throw new HttpError("forbidden", "only reviewers and admins see all of the organisation's interviews");
    return c.json({ interviews: await interviewsOfOrg(d, orgId) } satisfies ResponseBody<"orgInterviews">);
  })

  .on(ROUTES.enterRoom.method, ROUTES.enterRoom.path, signedIn(), async (c) => {
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    const parsed = RoomIdSchema.safeParse(c.req.param("roomId"));
    if (!parsed.success) throw new HttpError("not_found", "no such room");
    const d = db(c.env.DB);
    const open = await openRoomFor(d, parsed.data, "");
    if (!open.ok) throw new HttpError(open.reason === "not_found" ? "not_found" : "forbidden", `this room is ${open.reason === "not_found" ? "unknown" : open.reason}`);
    const room = open.room;
    const role = await accountRoleInRoom(d, room, me.userId);
    if (!role) throw new HttpError("forbidden", "you are not an interviewer of this room");
    const { token } = await accountRoomSession(c, room, me, role);
    const identity = { userId: me.userId, name: me.name, role, color: colorFor(me.userId) };
    await audit(d, { roomId: room.id, actor: identity, action: "room.join", detail: { role, via: "account" } });
    return c.json({ token, identity, room: { id: room.id, title: room.title, expiresAt: room.expiresAt } } satisfies ResponseBody<"enterRoom">);
  });
