/**
 * Single-use links (issue 15): the first join binds the link to the participant it made; afterwards
 * only that participant gets in again, proven by a session of theirs from this very link — the
 * `resume` token the join page keeps, or the room's cookie (worker/auth/room-cookie.ts). Anyone
 * else is told the link was used (409 link_used).
 */
import type { Context } from "hono";
import type { Token } from "../auth/tokens";
import { verifyToken } from "../auth/tokens";
import type { AppEnv } from "../app-env";
import { readRoomCookie } from "../auth/room-cookie";
import { tokenSecret } from "../auth/secret";
import type { Db } from "../../data/db";
import { bindSingleUse, type InviteRow, inviteRow } from "../../data/invite-links";
import type { RoomRow } from "../../data/rooms";
import { HttpError } from "../http-error";

export const LINK_USED = () => new HttpError("link_used", "this single-use link was already used by another browser");

/**
 * The user id of this browser's earlier session from the link (`resume`, else the room's cookie),
 * or null. Its expiry is not the question: the room is open to the link, so within every session's life.
 */
export async function returningUserId(c: Context<AppEnv>, room: RoomRow, invite: Token, resume?: string): Promise<string | null> {
  const secret = tokenSecret(c.env);
  for (const raw of [resume, readRoomCookie(c, room.id)]) {
    if (!raw) continue;
    const verified = await verifyToken(raw, secret, room.createdAt);
    if (!verified.ok) continue;
    const t = verified.token;
    if (t.kind === "session" && t.rid === room.id && t.jti === invite.jti && t.role === invite.role) return t.uid;
  }
  return null;
}

/** The link's row; a signed invite without one was never issued here. */
export async function linkRow(d: Db, room: RoomRow, invite: Token): Promise<InviteRow> {
  const row = await inviteRow(d, room.id, invite.jti);
  if (!row) throw new HttpError("link_invalid", "no such link in this room");
  return row;
}

/**
 * Who joins through a single-use link: `userId` (the join's own choice: new, or resumed) when this
 * join binds the link or is by the participant it is bound to; otherwise 409. The bind is one
 * conditional UPDATE, so of two simultaneous first joins only one wins.
 */
async function admitThroughSingleUse(d: Db, row: InviteRow, userId: string, returning: string | null): Promise<string> {
  if (row.usedBy === null && (await bindSingleUse(d, row.id, userId))) return userId;
  const bound = row.usedBy ?? (await inviteRow(d, row.roomId, row.id))?.usedBy;
  if (returning !== null && returning === bound) return returning;
  throw LINK_USED();
}

/**
 * The user id a join through the link gets: `userId` (new, or the returning participant's), unless
 * the link is single-use and bound to someone else (409 link_used).
 */
export async function admitThroughLink(d: Db, room: RoomRow, invite: Token, userId: string, returning: string | null): Promise<string> {
  const row = await linkRow(d, room, invite);
  return row.singleUse ? admitThroughSingleUse(d, row, userId, returning) : userId;
}
