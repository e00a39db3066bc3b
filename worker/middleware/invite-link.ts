/**
 * The invite link of a join or an invite-info request (the token in `Authorization: Bearer`):
 * verified like session() verifies a session, but each way a link can fail has its own code
 * (contracts/links.ts), so the join page says which before asking anything. The messages stay
 * for developers; the page reads only the code.
 */
import type { MiddlewareHandler } from "hono";
import type { LinkErrorCode } from "../../contracts/links";
import type { AppEnv } from "../app-env";
import { tokenSecret } from "../auth/secret";
import { verifyToken } from "../auth/tokens";
import { db } from "../../data/db";
import { openRoomFor, type RoomClosedReason } from "../../data/rooms";
import { HttpError } from "../http-error";
import { bearerToken } from "./bearer";

const CLOSED: Record<RoomClosedReason, [LinkErrorCode, string]> = {
  not_found: ["room_not_found", "no such room"],
  ended: ["room_ended", "this interview has ended"],
  expired: ["room_expired", "this room has expired"],
  revoked: ["link_revoked", "this link was revoked"],
};

/** Sets `room`, `token` (the invite) and `inviteId`, or answers why the link lets nobody in. */
export const verifiedInvite: MiddlewareHandler<AppEnv> = async (c, next) => {
  const raw = bearerToken(c);
  if (!raw) throw new HttpError("link_invalid", "an invite token is required (Authorization: Bearer)");
  const verified = await verifyToken(raw, tokenSecret(c.env));
  // An invite's expiry is its room's 7-day cap: past it the room has expired, whatever its row says.
  if (!verified.ok && verified.reason === "expired") throw new HttpError("room_expired", "this room has expired");
  if (!verified.ok) throw new HttpError("link_invalid", verified.reason === "bad_signature" ? "token signature is invalid" : "malformed token");
  const token = verified.token;
  if (token.kind !== "invite") throw new HttpError("link_invalid", `expected an invite token, got a ${token.kind} token`);
  if (token.rid !== c.req.param("roomId")) throw new HttpError("link_invalid", "this link is for another room");
  const open = await openRoomFor(db(c.env.DB), token.rid, token.jti);
  if (!open.ok) throw new HttpError(...CLOSED[open.reason]);
  c.set("room", open.room);
  c.set("inviteId", token.jti);
  c.set("token", token);
  await next();
};
