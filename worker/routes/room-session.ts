/**
 * A browser's durable room session (worker/auth/room-cookie.ts): `GET …/session` says who it is, in
 * which room, and whether the room is live, ended or expired — the room page re-enters with it
 * after a reload or in a new tab, the landing page lists "Your interviews" by it, and an ended
 * room's interviewers reach its final state. Unlike session(), an ended or expired room is an
 * answer here, not a refusal. `DELETE …/session` forgets the room in this browser.
 */
import { Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ResponseBody } from "../../contracts/route-bodies";
import type { RoomSessionStatus } from "../../contracts/room-session";
import { ROUTES } from "../../contracts/routes";
import { RoomIdSchema } from "../../contracts/wire";
import { db } from "../../data/db";
import type { RoomRow } from "../../data/rooms";
import { roomForInvite } from "../../data/rooms";
import type { AppEnv } from "../app-env";
import { colorFor } from "../auth/colors";
import { clearRoomCookie } from "../auth/room-cookie";
import { tokenSecret } from "../auth/secret";
import { verifyToken } from "../auth/tokens";
import { HttpError } from "../http-error";
import { bearerToken } from "../middleware/bearer";
import { ACCOUNT_SESSION_PREFIX, roomToken, stillAllowed } from "../middleware/session";

function statusOf(room: RoomRow, now = Date.now()): RoomSessionStatus {
  if (room.endedAt !== null) return "ended";
  return room.expiresAt <= now ? "expired" : "live";
}

export const roomSession = new Hono<AppEnv>()
  .on(ROUTES.roomSession.method, ROUTES.roomSession.path, async (c) => {
    const roomId = c.req.param("roomId");
    if (!RoomIdSchema.safeParse(roomId).success) throw new HttpError("not_found", "no such room");
    const raw = roomToken(c);
    if (!raw) throw new HttpError("unauthorized", "this browser has no session in this room");
    try {
      const verified = await verifyToken(raw, tokenSecret(c.env));
      if (!verified.ok) throw new HttpError("unauthorized", verified.reason === "expired" ? "your session in this room has expired" : "your session in this room is invalid");
      const token = verified.token;
      if (token.kind !== "session") throw new HttpError("unauthorized", `expected a session token, got an ${token.kind} token`);
      if (token.rid !== roomId) throw new HttpError("forbidden", "this token is for another room");
      const d = db(c.env.DB);
      const found = await roomForInvite(d, roomId, token.jti);
      if (!found) throw new HttpError("not_found", "no such room");
      if (found.revokedAt !== null) throw new HttpError("forbidden", "this link was revoked");
      if (token.jti.startsWith(ACCOUNT_SESSION_PREFIX)) await stillAllowed(d, found.room, token);
      const { room } = found;
      return c.json({
        identity: { userId: token.uid, name: token.name, role: token.role, color: colorFor(token.uid) },
        room: { id: room.id, title: room.title, createdAt: room.createdAt, expiresAt: room.expiresAt, endedAt: room.endedAt },
        status: statusOf(room),
        sessionExpiresAt: token.exp,
      } satisfies ResponseBody<"roomSession">);
    } catch (e) {
      // A cookie that no longer works is no use kept: the browser stops sending it. (A Bearer token's failure says nothing of the cookie.)
      if (!(e instanceof HttpError)) throw e;
      if (!bearerToken(c) && !c.req.query("token")) clearRoomCookie(c, roomId);
      return c.json({ error: { code: e.code, message: e.message } }, e.status as ContentfulStatusCode);
    }
  })

  .on(ROUTES.forgetRoomSession.method, ROUTES.forgetRoomSession.path, (c) => {
    const roomId = c.req.param("roomId");
    if (!RoomIdSchema.safeParse(roomId).success) throw new HttpError("not_found", "no such room");
    clearRoomCookie(c, roomId);
    return c.json({ forgotten: true } satisfies ResponseBody<"forgetRoomSession">);
  });
