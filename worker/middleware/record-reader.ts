/**
 * Who may read a room's record, and as what: an interviewer of the room (their room session, which
 * outlasts the room by the retention, or their account), the organisation's reviewers and admins
 * (their account), and spectators when an interviewer granted it. Candidates never. Unlike
 * `session()`, an ended or expired room is no refusal: that is when records are read.
 * Sets `reader`.
 */
import type { Context, MiddlewareHandler } from "hono";
import { can } from "../../contracts/org-roles";
import type { AppEnv, RecordReaderInfo } from "../app-env";
import { tokenSecret } from "../auth/secret";
import { verifyToken } from "../auth/tokens";
import { db } from "../../data/db";
import { accountRoleInRoom, isRoomInterviewer, roleIn } from "../../data/orgs";
import { roomById } from "../../data/room-results";
import { roomForInvite } from "../../data/rooms";
import { HttpError } from "../http-error";
import { roomStub } from "../room-stub";
import { account } from "./account";
import { bearerToken } from "./bearer";
import { ACCOUNT_SESSION_PREFIX, roomToken } from "./session";

export type { RecordReaderInfo };

export function recordReader(): MiddlewareHandler<AppEnv> {
  const loadAccount = account();
  return async function recordReaderMiddleware(c, next) {
    const given = bearerToken(c) ?? c.req.query("token");
    const reader = given ? await bySession(c, given) : await byCookieOrAccount(c, loadAccount);
    c.set("reader", reader);
    await next();
  };
}

/**
 * Without a token: the signed-in account first (a reviewer reads more than the spectator session
 * entering gave them), else — or when the account may not read it — the room's cookie.
 */
async function byCookieOrAccount(c: Context<AppEnv>, loadAccount: MiddlewareHandler<AppEnv>): Promise<RecordReaderInfo> {
  await loadAccount(c, async () => {});
  const cookie = roomToken(c);
  if (!c.get("account")) return cookie ? bySession(c, cookie) : byAccount(c);
  try {
    return await byAccount(c);
  } catch (e) {
    if (cookie && e instanceof HttpError && e.status === 403) return bySession(c, cookie);
    throw e;
  }
}

async function bySession(c: Context<AppEnv>, raw: string): Promise<RecordReaderInfo> {
  const verified = await verifyToken(raw, tokenSecret(c.env));
  if (!verified.ok) throw new HttpError("unauthorized", verified.reason === "expired" ? "token has expired" : "token is invalid");
  const token = verified.token;
  if (token.kind !== "session") throw new HttpError("unauthorized", "expected a session token");
  if (token.rid !== c.req.param("roomId")) throw new HttpError("forbidden", "this token is for another room");
  if (token.role === "candidate") throw new HttpError("forbidden", "candidates cannot read the interview's record");
  const d = db(c.env.DB);
  const found = await roomForInvite(d, token.rid, token.jti);
  if (!found) throw new HttpError("not_found", "no such room");
  if (found.revokedAt !== null) throw new HttpError("forbidden", "this link was revoked");
  const { room } = found;
  if (token.jti.startsWith(ACCOUNT_SESSION_PREFIX)) {
    const now = await accountRoleInRoom(d, room, token.uid);
    if (now === null || (token.role === "interviewer" && now !== "interviewer")) throw new HttpError("forbidden", "your access to this room was withdrawn");
  }
  if (token.role === "spectator") {
    const status = await roomStub(c.env, room.id).recordStatus();
    if (!status?.spectatorsMayRead) throw new HttpError("forbidden", "the interviewer has not shared the record with spectators");
  }
  return { room, userId: token.uid, name: token.name, access: token.role === "interviewer" ? "interviewer" : "spectator", via: "session" };
}

async function byAccount(c: Context<AppEnv>): Promise<RecordReaderInfo> {
  const signedIn = c.get("account");
  if (!signedIn) throw new HttpError("unauthorized", "sign in, or use your room session, to read this record");
  const d = db(c.env.DB);
  const room = await roomById(d, c.req.param("roomId") ?? "");
  if (!room) throw new HttpError("not_found", "no such room");
  const orgRole = room.orgId ? await roleIn(d, room.orgId, signedIn.userId) : null;
  const who = { room, userId: signedIn.userId, name: signedIn.name, via: "account" as const };
  if (await isRoomInterviewer(d, room, signedIn.userId, orgRole)) return { ...who, access: "interviewer" };
  if (orgRole && can(orgRole, "seeAllInterviews")) return { ...who, access: "reviewer" };
  throw new HttpError("forbidden", "only the room's interviewers and its organisation's reviewers and admins read this record");
}
