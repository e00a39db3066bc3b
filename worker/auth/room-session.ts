/**
 * Room sessions that last and come back. An interviewer's session lives until the room's record is
 * deleted at the latest (its lifetime cap plus the deployment's retention cap), so they can read
 * the record and write their scorecard after the end. And a participant who joins again through the same link keeps
 * their identity: the web app sends its earlier session token as `resume`, and its user id is
 * reused — their scorecard draft, their authorship in the record stay theirs.
 */
import { MAX_ROOM_LIFETIME_MS } from "../../contracts/api";
import { retentionCapDays } from "../../contracts/record-retention";
import type { Role } from "../../contracts/wire";
import type { RoomRow } from "../../data/rooms";
import { HttpError } from "../http-error";
import { type Token, type TokenKeys, verifyToken } from "./tokens";

const DAY_MS = 24 * 3600_000;

/** When a room session made now expires: interviewers' outlast the room by the retention, others' end with it. */
export function sessionExpiry(env: Env, room: Pick<RoomRow, "createdAt">, role: Role): number {
  const end = room.createdAt + MAX_ROOM_LIFETIME_MS;
  return role === "interviewer" ? end + retentionCapDays(env) * DAY_MS : end;
}

/**
 * The user id a `resume` token gives back: it must be a session this server signed for this room
 * and this very link (same `rid`, same `jti`, same role). Its expiry is not the question (a room
 * open to the link is within every session's life anyway). Anything else is refused (400: the
 * invite authorises the join, the body is what is wrong), not ignored: a client that sends a
 * resume token expects to be who it was.
 */
export async function resumedUserId(raw: string, secret: TokenKeys, room: RoomRow, invite: Token): Promise<string> {
  const verified = await verifyToken(raw, secret, room.createdAt);
  if (!verified.ok) throw new HttpError("bad_request", `resume: ${verified.reason === "bad_signature" ? "token signature is invalid" : "malformed token"}`);
  const t = verified.token;
  if (t.kind !== "session") throw new HttpError("bad_request", "resume: expected a session token");
  if (t.rid !== room.id || t.jti !== invite.jti || t.role !== invite.role) throw new HttpError("bad_request", "resume: this session was made from another link");
  return t.uid;
}

/**
 * The user id this browser's room cookie (worker/auth/room-cookie.ts) gives back when it joins again
 * through the same link: as a `resume` token, but silently nothing when the cookie is missing, is
 * not valid, or is from another link or role — the browser did not ask to be anyone.
 */
export async function cookieResumedUserId(cookie: string | null, secret: TokenKeys, room: RoomRow, invite: Token): Promise<string | null> {
  if (!cookie) return null;
  try {
    return await resumedUserId(cookie, secret, room, invite);
  } catch {
    return null;
  }
}
