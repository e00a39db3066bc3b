/**
 * `POST /api/rooms/:roomId/invite-info`: what a link leads to, asked before joining (the invite in
 * `Authorization: Bearer`, never in the URL) — the interview's title and the role, or why the link
 * lets nobody in, as its own error code (worker/middleware/invite-link.ts). Joins nothing, writes nothing.
 */
import { Hono } from "hono";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import type { AppEnv } from "../app-env";
import { db } from "../../data/db";
import { LINK_USED, linkRow, returningUserId } from "../links/single-use";
import { smallBody } from "../middleware/body-cap";
import { verifiedInvite } from "../middleware/invite-link";
import { rateLimit } from "../middleware/rate-limit";
import { jsonBody } from "../validate";

// A page asks once per visit, as it opens one socket: the same allowance, so a link cannot be probed faster than a room is opened.
const linkChecks = rateLimit("link check", (env) => Number(env.RATE_SOCKET_CONNECTS_PER_MINUTE) || 240);

export const inviteInfo = new Hono<AppEnv>().on(ROUTES.inviteInfo.method, ROUTES.inviteInfo.path, linkChecks, smallBody, verifiedInvite, async (c) => {
  const { resume } = await jsonBody(c, ROUTE_BODIES.inviteInfo.request);
  const room = c.get("room");
  const invite = c.get("token");
  const row = await linkRow(db(c.env.DB), room, invite);
  const returning = await returningUserId(c, room, invite, resume);
  if (row.singleUse && row.usedBy !== null && returning !== row.usedBy) throw LINK_USED();
  return c.json({ title: room.title, role: invite.role, status: returning ? "rejoin" : "open", singleUse: row.singleUse } satisfies ResponseBody<"inviteInfo">);
});
