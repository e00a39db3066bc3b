/**
 * Rooms and their links: create, join, and the interviewer's controls (read-only, invites,
 * revoke, end, extend). Every change is written to D1, applied live by the room's object, and
 * audited.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { MAX_ROOM_LIFETIME_MS, type CreateRoomResponse, type RecordNotice } from "../../contracts/api";
import { retentionCapDays } from "../../contracts/record-retention";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { ROLES, type Role } from "../../contracts/wire";
import type { AppEnv } from "../app-env";
import { colorFor } from "../auth/colors";
import { linkOrigin } from "../auth/origins";
import { tokenSecret } from "../auth/secret";
import { readRoomCookie, setRoomCookie } from "../auth/room-cookie";
import { cookieResumedUserId, resumedUserId, sessionExpiry } from "../auth/room-session";
import { signToken, type TokenKeys, verifyToken } from "../auth/tokens";
import { clientAddress } from "../client-address";
import { audit } from "../../data/audit";
import { db, type Db } from "../../data/db";
import { recordPick } from "../../data/problem-picks";
import { endRoom, type RoomRow, insertInvite, insertRoom, revokeInvite, setRoomExpiry } from "../../data/rooms";
import { listInvites } from "../../data/invite-links";
import { admitThroughLink } from "../links/single-use";
import { verifiedInvite } from "../middleware/invite-link";
import { HttpError } from "../http-error";
import { smallBody } from "../middleware/body-cap";
import { rateLimit } from "../middleware/rate-limit";
import { account } from "../middleware/account";
import { roomCreator } from "../middleware/room-creation";
import { addRoomInterviewer, orgAudit, orgSettings } from "../../data/orgs";
import { session } from "../middleware/session";
import { roomStub } from "../room-stub";
import { jsonBody } from "../validate";
import { knownProblem } from "../known-problem";
import { emitOrgEvent } from "../org-events";

const interviewer = session({ roles: ["interviewer"] });

function newRoomId(): string {
  return crypto.randomUUID().replace(/-/g, "").slice(0, 16);
}

async function inviteLink(secret: TokenKeys, origin: string, roomId: string, role: Role, inviteId: string, createdAt: number): Promise<string> {
  const token = await signToken({ kind: "invite", v: 1, rid: roomId, role, jti: inviteId, exp: createdAt + MAX_ROOM_LIFETIME_MS }, secret);
  return `${origin}/r/${roomId}#token=${token}`;
}

/**
 * What participants are told about the record: kept as long as the Room itself will keep it (the
 * organisation's retention when the room was made, capped by the deployment's: the days its
 * deletion deadline counts), and the organisation's privacy page.
 */
async function recordNotice(env: Env, d: Db, room: RoomRow): Promise<RecordNotice> {
  const [settings, status] = await Promise.all([room.orgId ? orgSettings(d, room.orgId) : null, roomStub(env, room.id).recordStatus()]);
  return { retentionDays: status?.retentionDays ?? retentionCapDays(env), privacyUrl: settings?.privacyUrl ?? null };
}

/** GET …/room takes a session, or the link's invite: the join page reads the recording notice before anyone joins. */
const sessionOrInvite: MiddlewareHandler<AppEnv> = async (c, next) => {
  const h = c.req.header("Authorization");
  const raw = h?.startsWith("Bearer ") ? h.slice(7).trim() : undefined;
  // Only picks which check runs: session() verifies the token again, fully.
  const peek = raw ? await verifyToken(raw, tokenSecret(c.env)) : null;
  return session({ kind: peek?.ok && peek.token.kind === "invite" ? "invite" : "session" })(c, next);
};

export const rooms = new Hono<AppEnv>()
  .on(ROUTES.createRoom.method, ROUTES.createRoom.path, rateLimit("room create", (env) => Number(env.RATE_ROOM_CREATES_PER_MINUTE) || 20), account(), smallBody, async (c) => {
    const input = await jsonBody(c, ROUTE_BODIES.createRoom.request);
    const creator = await roomCreator(c, input.orgId); // 401/403 before anything is written
    const secret = tokenSecret(c.env); // a misconfigured secret fails before anything is written
    const problem = input.problem ? await knownProblem(c.env, input.problem, creator) : null; // 404 before anything is written
    const now = Date.now();
    const roomId = newRoomId();
    const expiresAt = now + input.ttlHours * 3600_000;
    const d = db(c.env.DB);
    const ids = await insertRoom(d, { id: roomId, title: input.title, ownerId: creator.userId, orgId: creator.orgId, createdAt: now, expiresAt }, [...ROLES]);
    if (c.get("account") && !creator.apiKeyId) {
      await addRoomInterviewer(d, roomId, creator.userId, now);
      if (problem) await recordPick(d, creator.userId, problem.slug, now);
    }
    // The runner shares its slots fairly between tenants: the organisation, else the creator's address.
    const tenant = creator.orgId ? `org:${creator.orgId}` : `ip:${clientAddress(c)}`;
    // An organisation's rooms share its own cap on rooms running code at once, and keep records as long as it says.
    const settings = creator.orgId ? await orgSettings(d, creator.orgId) : null;
    await roomStub(c.env, roomId).configure({
      roomId, title: input.title, expiresAt, language: input.language, problem, tenant, roomsWithRuns: settings?.roomsWithRuns, orgId: creator.orgId, retentionDays: settings?.retentionDays ?? null,
    });
    const origin = linkOrigin(c.env, c.req.url);
    const links = Object.fromEntries(
      await Promise.all(ROLES.map(async (role) => [role, await inviteLink(secret, origin, roomId, role, ids[role], now)])),
    ) as CreateRoomResponse["links"];
    const actor = { userId: creator.userId, name: creator.name };
    await audit(d, { roomId, actor, action: "room.create", detail: { title: input.title, expiresAt, orgId: creator.orgId } });
    if (creator.orgId) {
      await orgAudit(d, { orgId: creator.orgId, actor, action: "room.create", detail: { roomId, title: input.title, apiKeyId: creator.apiKeyId } });
    }
    c.executionCtx.waitUntil(emitOrgEvent(c.env, creator.orgId, "room.created", { roomId, title: input.title, createdBy: actor, expiresAt }));
    return c.json({ roomId, links, expiresAt } satisfies ResponseBody<"createRoom">, 201);
  })

  .on(ROUTES.join.method, ROUTES.join.path, smallBody, verifiedInvite, async (c) => {
    const { name, resume } = await jsonBody(c, ROUTE_BODIES.join.request);
    const invite = c.get("token");
    const room = c.get("room");
    const secret = tokenSecret(c.env);
    // Joining again through the same link in this browser is coming back, as `resume` says it for clients without the cookie.
    const resumedId = resume ? await resumedUserId(resume, secret, room, invite) : await cookieResumedUserId(readRoomCookie(c, room.id), secret, room, invite);
    // A single-use link admits its first joiner and, after that, only them (worker/links/single-use.ts).
    const userId = await admitThroughLink(db(c.env.DB), room, invite, resumedId ?? crypto.randomUUID(), resumedId);
    const exp = sessionExpiry(c.env, room, invite.role);
    const token = await signToken({ kind: "session", v: 1, rid: room.id, role: invite.role, jti: invite.jti, uid: userId, name, exp }, secret);
    setRoomCookie(c, room.id, token, exp);
    const identity = { userId, name, role: invite.role, color: colorFor(userId) };
    const d = db(c.env.DB);
    const notice = await recordNotice(c.env, d, room);
    // The join page told the candidate the interview is recorded: that they were told is on the record too.
    if (invite.role === "candidate") await roomStub(c.env, room.id).recordEvent({ kind: "notice", ...notice }, identity);
    await audit(d, { roomId: room.id, actor: identity, action: "room.join", detail: { role: invite.role, inviteId: invite.jti, resumed: resumedId !== null } });
    // A candidate coming back through their link joined once: the organisation hears of it once.
    if (invite.role === "candidate" && resumedId === null) c.executionCtx.waitUntil(emitOrgEvent(c.env, room.orgId, "candidate.joined", { roomId: room.id, title: room.title, candidate: { name } }));
    return c.json({ token, identity, room: { id: room.id, title: room.title, expiresAt: room.expiresAt }, record: notice } satisfies ResponseBody<"join">);
  })

  .on(ROUTES.room.method, ROUTES.room.path, sessionOrInvite, async (c) => {
    const room = c.get("room");
    return c.json({
      room: { id: room.id, title: room.title, expiresAt: room.expiresAt, createdAt: room.createdAt },
      identity: c.get("token").kind === "session" ? c.get("identity") : null,
      record: await recordNotice(c.env, db(c.env.DB), room),
    } satisfies ResponseBody<"room">);
  })

  .on(ROUTES.setReadOnly.method, ROUTES.setReadOnly.path, smallBody, interviewer, async (c) => {
    const { candidateReadOnly } = await jsonBody(c, ROUTE_BODIES.setReadOnly.request);
    const roomId = c.get("room").id;
    await roomStub(c.env, roomId).setCandidateReadOnly(candidateReadOnly, c.get("identity"));
    await audit(db(c.env.DB), { roomId, actor: c.get("identity"), action: "role.read_only", detail: { candidateReadOnly } });
    return c.json({ candidateReadOnly } satisfies ResponseBody<"setReadOnly">);
  })

  .on(ROUTES.invites.method, ROUTES.invites.path, interviewer, async (c) =>
    c.json({ invites: await listInvites(db(c.env.DB), c.get("room").id, c.get("inviteId")) } satisfies ResponseBody<"invites">))

  .on(ROUTES.createInvite.method, ROUTES.createInvite.path, smallBody, interviewer, async (c) => {
    const { role, singleUse = false } = await jsonBody(c, ROUTE_BODIES.createInvite.request);
    const room = c.get("room");
    const id = await insertInvite(db(c.env.DB), room.id, role, singleUse);
    await roomStub(c.env, room.id).recordEvent({ kind: "invite.create", inviteId: id, role }, c.get("identity"));
    const link = await inviteLink(tokenSecret(c.env), linkOrigin(c.env, c.req.url), room.id, role, id, room.createdAt);
    await audit(db(c.env.DB), { roomId: room.id, actor: c.get("identity"), action: "invite.create", detail: { inviteId: id, role, singleUse } });
    return c.json({ id, role, link } satisfies ResponseBody<"createInvite">, 201);
  })

  .on(ROUTES.revokeInvite.method, ROUTES.revokeInvite.path, interviewer, async (c) => {
    const roomId = c.get("room").id;
    const inviteId = c.req.param("inviteId");
    // Your own link disconnects you too: only when the page asked first and you said so (?confirm=own).
    if (inviteId === c.get("inviteId") && c.req.query("confirm") !== "own") throw new HttpError("conflict", "this is the link you are using: revoking it disconnects you (confirm with ?confirm=own)");
    if (!(await revokeInvite(db(c.env.DB), roomId, inviteId, c.get("identity").userId))) throw new HttpError("not_found", "no such invite in this room");
    const closed = await roomStub(c.env, roomId).revokeInvite(inviteId, c.get("identity"));
    await audit(db(c.env.DB), { roomId, actor: c.get("identity"), action: "invite.revoke", detail: { inviteId, socketsClosed: closed } });
    return c.json({ revoked: inviteId, socketsClosed: closed } satisfies ResponseBody<"revokeInvite">);
  })

  .on(ROUTES.end.method, ROUTES.end.path, interviewer, async (c) => {
    const roomId = c.get("room").id;
    await endRoom(db(c.env.DB), roomId);
    await roomStub(c.env, roomId).end(undefined, c.get("identity"));
    await audit(db(c.env.DB), { roomId, actor: c.get("identity"), action: "room.end" });
    c.executionCtx.waitUntil(emitOrgEvent(c.env, c.get("room").orgId, "room.ended", { roomId, title: c.get("room").title, endedBy: { name: c.get("identity").name }, reason: "ended" }));
    return c.json({ ended: true } satisfies ResponseBody<"end">);
  })

  .on(ROUTES.extend.method, ROUTES.extend.path, smallBody, interviewer, async (c) => {
    const { hours } = await jsonBody(c, ROUTE_BODIES.extend.request);
    const room = c.get("room");
    const cap = room.createdAt + MAX_ROOM_LIFETIME_MS;
    if (room.expiresAt >= cap) throw new HttpError("conflict", "this room is already at its 7-day maximum");
    const expiresAt = Math.min(Math.max(room.expiresAt, Date.now()) + hours * 3600_000, cap);
    await setRoomExpiry(db(c.env.DB), room.id, expiresAt);
    await roomStub(c.env, room.id).extend(expiresAt, c.get("identity"));
    await audit(db(c.env.DB), { roomId: room.id, actor: c.get("identity"), action: "room.extend", detail: { expiresAt } });
    return c.json({ expiresAt } satisfies ResponseBody<"extend">);
  });
