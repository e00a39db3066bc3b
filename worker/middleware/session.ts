import type { MiddlewareHandler } from "hono";
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

/**
 * Verifies the room token (Authorization: Bearer, or ?token= where browsers cannot set headers:
 * WebSockets), checks it is for this room, that the room is open and the link not revoked, and
 * sets `identity` and `token`. Nothing reaches a room before this has passed.
 */
export function session(opts: SessionOptions = {}): MiddlewareHandler<AppEnv> {
  const kind = opts.kind ?? "session";
  return async function sessionMiddleware(c, next) {
    // No token, an empty one, or `?role=…&user=…` instead of one: there is no tokenless way in.
    const raw = bearerToken(c) ?? c.req.query("token");
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
async function stillAllowed(d: Db, room: RoomRow, token: Token): Promise<void> {
  const now = token.kind === "session" ? await accountRoleInRoom(d, room, token.uid) : null;
  if (now === null || (token.role === "interviewer" && now !== "interviewer")) {
    throw new HttpError("forbidden", "your access to this room was withdrawn: you left its organisation or your role changed");
  }
}
