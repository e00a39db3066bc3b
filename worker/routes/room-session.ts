/**
 * A browser's durable room session (worker/auth/room-cookie.ts): `GET …/session` says who it is, in
 * which room, and whether the room is live, ended or expired — the room page re-enters with it
 * after a reload or in a new tab, the landing page lists "Your interviews" by it, and an ended
 * room's interviewers reach its final state. Unlike session(), an ended or expired room is an
 * answer here, not a refusal. Without a working session, a signed-in interviewer of the room gets
 * one as by entering. `DELETE …/session` forgets the room in this browser.
 */
import { type Context, Hono } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ResponseBody } from "../../contracts/route-bodies";
import type { RoomSessionStatus } from "../../contracts/room-session";
import { ROUTES } from "../../contracts/routes";
import { type Role, RoomIdSchema } from "../../contracts/wire";
import { db } from "../../data/db";
import type { RoomRow } from "../../data/rooms";
import { roomForInvite } from "../../data/rooms";
import { accountRoleInRoom } from "../../data/orgs";
import type { AppEnv } from "../app-env";
import { accountRoomSession } from "../auth/account-room-session";
import { colorFor } from "../auth/colors";
import { clearRoomCookie } from "../auth/room-cookie";
import { tokenSecret } from "../auth/secret";
import { verifyToken } from "../auth/tokens";
import { HttpError } from "../http-error";
import { account } from "../middleware/account";
import { bearerToken } from "../middleware/bearer";
import { ACCOUNT_SESSION_PREFIX, roomToken, stillAllowed } from "../middleware/session";

function statusOf(room: RoomRow, now = Date.now()): RoomSessionStatus {
  if (room.endedAt !== null) return "ended";
  return room.expiresAt <= now ? "expired" : "live";
}

const NO_SESSION = new HttpError("unauthorized", "this browser has no session in this room");

type Who = { userId: string; name: string; role: Role; exp: number };

function answer(c: Context<AppEnv>, room: RoomRow, who: Who) {
  return c.json({
    identity: { userId: who.userId, name: who.name, role: who.role, color: colorFor(who.userId) },
    room: { id: room.id, title: room.title, createdAt: room.createdAt, expiresAt: room.expiresAt, endedAt: room.endedAt },
    status: statusOf(room),
    sessionExpiresAt: who.exp,
  } satisfies ResponseBody<"roomSession">);
}

/** The room session `raw` is, checked as session() does but for the room's state: ended and expired rooms are answers. */
async function bySession(c: Context<AppEnv>, roomId: string, raw: string): Promise<{ room: RoomRow; who: Who }> {
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
  return { room: found.room, who: { userId: token.uid, name: token.name, role: token.role, exp: token.exp } };
}

/**
 * A signed-in interviewer (or reviewer) of the room whose browser has no session in it: one is made
 * as by entering (POST …/enter) and kept as the room's cookie, so the account's rooms open from any
 * device without the link — an ended one too, read-only. Null when there is no such account.
 */
async function byAccount(c: Context<AppEnv>, roomId: string): Promise<{ room: RoomRow; who: Who } | null> {
  await account()(c, async () => {});
  const me = c.get("account");
  if (!me) return null;
  const d = db(c.env.DB);
  const found = await roomForInvite(d, roomId, "");
  const role = found ? await accountRoleInRoom(d, found.room, me.userId) : null;
  if (!found || !role) return null;
  const { exp } = await accountRoomSession(c, found.room, me, role);
  return { room: found.room, who: { userId: me.userId, name: me.name, role, exp } };
}

export const roomSession = new Hono<AppEnv>()
  .on(ROUTES.roomSession.method, ROUTES.roomSession.path, async (c) => {
    const roomId = c.req.param("roomId");
    if (!RoomIdSchema.safeParse(roomId).success) throw new HttpError("not_found", "no such room");
    const raw = roomToken(c);
    const fromCookie = raw !== undefined && !bearerToken(c) && !c.req.query("token");
    try {
      if (!raw) throw NO_SESSION;
      const { room, who } = await bySession(c, roomId, raw);
      return answer(c, room, who);
    } catch (e) {
      if (!(e instanceof HttpError)) throw e;
      // A cookie that no longer works is no use kept: the browser stops sending it. (A Bearer token's failure says nothing of the cookie.)
      if (fromCookie) clearRoomCookie(c, roomId);
      const entered = raw === undefined || fromCookie ? await byAccount(c, roomId) : null;
      if (entered) return answer(c, entered.room, entered.who);
      if (e === NO_SESSION) return c.json({ status: "none" } satisfies ResponseBody<"roomSession">);
      return c.json({ error: { code: e.code, message: e.message } }, e.status as ContentfulStatusCode);
    }
  })

  .on(ROUTES.forgetRoomSession.method, ROUTES.forgetRoomSession.path, (c) => {
    const roomId = c.req.param("roomId");
    if (!RoomIdSchema.safeParse(roomId).success) throw new HttpError("not_found", "no such room");
    clearRoomCookie(c, roomId);
    return c.json({ forgotten: true } satisfies ResponseBody<"forgetRoomSession">);
  });
