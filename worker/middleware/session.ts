import type { Context, MiddlewareHandler } from "hono";
import type { Role } from "../../contracts/wire";
import type { AppEnv } from "../app-env";
import { colorFor } from "../auth/colors";
import { tokenSecret } from "../auth/secret";
import { verifyToken, type Token } from "../auth/tokens";
import { db } from "../../data/db";
import type { Db } from "../../data/db";
import { accountRoleInRoom } from "../../data/orgs";
import { openRoomFor, type RoomClosedReason, type RoomRow } from "../../data/rooms";
import { HttpError } from "../http-error";
import { CSRF_HEADER } from "../../contracts/routes";
import { readRoomCookie } from "../auth/room-cookie";
import { bearerToken } from "./bearer";

export interface SessionOptions {
  /** Which token kind the route takes: joining takes an invite, everything else a session. */
  kind?: Token["kind"];
  roles?: Role[];
}

const CLOSED: Record<RoomClosedReason, string> = {
  not_found: "no such room",
  ended: "this interview has ended",
  expired: "this room has expired",
  revoked: "this link was revoked",
};

/** The `jti` of a room session an account got by entering (worker/routes/accounts.ts), followed by its user id. */
export const ACCOUNT_SESSION_PREFIX = "account:";

const REASONS = { malformed: "malformed token", bad_signature: "token signature is invalid", expired: "token has expired" };

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The room token a request carries: `Authorization: Bearer`, else `?token=` (where a client cannot
 * set headers: a stock WebSocket), else the room's cookie (the browser's durable session,
 * worker/auth/room-cookie.ts). A cookie goes with any request the browser makes, whoever's page
 * asked: a change or a socket made with one must say it comes from a page of this site (originCheck
 * has held any Origin to this site's), and a change must carry the CSRF header, which only a
 * same-origin script can set.
 */
export function roomToken(c: Context<AppEnv>): string | undefined {
  const given = bearerToken(c) ?? c.req.query("token");
  if (given) return given;
  const roomId = c.req.param("roomId");
  const cookie = roomId ? readRoomCookie(c, roomId) : null;
  if (!cookie) return undefined;
  const upgrade = c.req.header("upgrade")?.toLowerCase() === "websocket";
  if (upgrade || !SAFE_METHODS.has(c.req.method)) {
    if (c.req.header("origin") === undefined) throw new HttpError("forbidden", "a change made with the room's cookie must come from a page of this site (no Origin header)");
    if (!upgrade && c.req.header(CSRF_HEADER) === undefined) throw new HttpError("forbidden", `a change made with the room's cookie must carry the ${CSRF_HEADER} header`);
  }
  return cookie;
}

/**
 * Verifies the room token (roomToken(): Bearer, ?token= or the room's cookie), checks it is for this room, that the room is open and the link not revoked, and
 * sets `identity` and `token`. Nothing reaches a room before this has passed.
 */
export function session(opts: SessionOptions = {}): MiddlewareHandler<AppEnv> {
  const kind = opts.kind ?? "session";
  return async function sessionMiddleware(c, next) {
    // No token, an empty one, or `?role=…&user=…` instead of one: there is no tokenless way in.
    const raw = roomToken(c);
    if (!raw) throw new HttpError("unauthorized", "a room token is required");
    const verified = await verifyToken(raw, tokenSecret(c.env));
    if (!verified.ok) throw new HttpError("unauthorized", REASONS[verified.reason]);
    const token = verified.token;
    if (token.kind !== kind) throw new HttpError("unauthorized", `expected a ${kind} token, got an ${token.kind} token`);
    if (token.rid !== c.req.param("roomId")) throw new HttpError("forbidden", "this token is for another room");
    if (opts.roles && !opts.roles.includes(token.role)) throw new HttpError("forbidden", `only ${opts.roles.join(" or ")} may do this`);
    const open = await openRoomFor(db(c.env.DB), token.rid, token.jti);
    if (!open.ok) throw new HttpError(open.reason === "not_found" ? "not_found" : "forbidden", CLOSED[open.reason]);
    if (token.jti.startsWith(ACCOUNT_SESSION_PREFIX)) await stillAllowed(db(c.env.DB), open.room, token);
    c.set("room", open.room);
    c.set("inviteId", token.jti);
    c.set("token", token);
    if (token.kind === "session") c.set("identity", { userId: token.uid, name: token.name, role: token.role, color: colorFor(token.uid) });
    await next();
  };
}

/** A room session an account got without a link (POST …/enter): valid while the account keeps that access. */
export async function stillAllowed(d: Db, room: RoomRow, token: Token): Promise<void> {
  const now = token.kind === "session" ? await accountRoleInRoom(d, room, token.uid) : null;
  if (now === null || (token.role === "interviewer" && now !== "interviewer")) {
    throw new HttpError("forbidden", "your access to this room was withdrawn: you left its organisation or your role changed");
  }
}
