/**
 * The browser's durable room session: joining or entering sets an HttpOnly, SameSite=Lax cookie
 * scoped to the room's API; with it a reload or a new tab (no token in the page) reads the room and
 * its session, while a change made with it must come from this site's page (Origin + CSRF header);
 * a revoked link's, an expired, a forged or another room's cookie is refused; leaving clears it.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { RoomSessionResponseSchema } from "../../contracts/room-session";
import { CSRF_HEADER, pathTo, ROUTES } from "../../contracts/routes";
import { signToken, verifyToken } from "../auth/tokens";
import { asAccount, PAGE, startAccount } from "./accounts";
import { BASE, call, createRoom, tokenOf } from "./api";
import { team } from "./org-team";

const SECRET = (env as unknown as { TOKEN_SECRET: string }).TOKEN_SECRET;

/** Joins through a link the way the join page does, and returns the answer's Set-Cookie and body. */
async function joinFor(room: { roomId: string; links: Record<string, string> }, role: "interviewer" | "candidate" | "spectator", name: string, base = BASE) {
  const res = await SELF.fetch(`${base}${pathTo(ROUTES.join, { roomId: room.roomId })}`, {
    method: "POST",
    headers: { Authorization: `Bearer ${tokenOf(room.links[role])}`, "Content-Type": "application/json" },
    body: JSON.stringify({ name }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  const setCookie = res.headers.get("Set-Cookie") ?? "";
  return { setCookie, cookie: setCookie.split(";")[0], body: ROUTE_BODIES.join.response.parse(await res.json()) };
}

/** A request as the browser sends it with the room's cookie (and no token): a page of this site, unless told otherwise. */
function withCookie(cookie: string, path: string, init: { method?: string; body?: unknown; origin?: string | null; csrf?: boolean } = {}) {
  const headers: Record<string, string> = { Cookie: cookie };
  if (init.origin !== null) headers.Origin = init.origin ?? PAGE;
  if (init.csrf !== false) headers[CSRF_HEADER] = "1";
  if (init.body !== undefined) headers["Content-Type"] = "application/json";
  return SELF.fetch(`${PAGE}${path}`, { method: init.method ?? (init.body !== undefined ? "POST" : "GET"), headers, body: init.body !== undefined ? JSON.stringify(init.body) : undefined });
}

const sessionOf = (roomId: string) => pathTo(ROUTES.roomSession, { roomId });

describe("the room cookie", () => {
  it("joining sets it HttpOnly, SameSite=Lax, Secure, scoped to the room's API, for as long as the session lasts", async () => {
    const room = await createRoom();
    const { setCookie, body } = await joinFor(room, "interviewer", "Ivy");
    expect(setCookie).toMatch(/^duet-room=[^;]+;/);
    expect(setCookie).toContain(`Path=/api/rooms/${room.roomId}`);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Secure/);
    const maxAge = Number(/Max-Age=(\d+)/.exec(setCookie)?.[1]);
    const claims = await verifyToken(body.token, SECRET);
    if (!claims.ok) throw new Error("not a token");
    expect(Math.abs(maxAge - (claims.token.exp - Date.now()) / 1000)).toBeLessThan(5);
    // The token is in the cookie, never in a URL the server hands out.
    expect(setCookie.split(";")[0]).toBe(`duet-room=${body.token}`);
  });

  it("is not Secure on a plain-http loopback dev server, where browsers would refuse a Secure cookie", async () => {
    const room = await createRoom();
    const { setCookie } = await joinFor(room, "candidate", "Cam", PAGE);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).not.toMatch(/Secure/);
  });

  it("with it alone, a new tab learns who it is in the room (GET …/session) and reads the room", async () => {
    const room = await createRoom({ title: "Cookie room" });
    const { cookie, body } = await joinFor(room, "interviewer", "Ivy");
    const res = await withCookie(cookie, sessionOf(room.roomId), { origin: null, csrf: false });
    expect(res.status).toBe(200);
    const s = RoomSessionResponseSchema.parse(await res.json());
    expect(s.identity).toEqual(body.identity);
    expect(s.room).toMatchObject({ id: room.roomId, title: "Cookie room", endedAt: null });
    expect(s.status).toBe("live");
    const r = await withCookie(cookie, pathTo(ROUTES.room, { roomId: room.roomId }), { origin: null, csrf: false });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { identity: { userId: string } }).identity.userId).toBe(body.identity.userId);
  });

  it("a change made with it needs this site's Origin and the CSRF header; Bearer clients need neither", async () => {
    const room = await createRoom();
    const { cookie, body } = await joinFor(room, "candidate", "Cam");
    const chat = pathTo(ROUTES.chat, { roomId: room.roomId });
    const noCsrf = await withCookie(cookie, chat, { body: { text: "hi" }, csrf: false });
    expect(noCsrf.status).toBe(403);
    expect(((await noCsrf.json()) as { error: { message: string } }).error.message).toMatch(/X-Duet-Request/);
    expect((await withCookie(cookie, chat, { body: { text: "hi" }, origin: null })).status).toBe(403);
    expect((await withCookie(cookie, chat, { body: { text: "hi" }, origin: "https://evil.example" })).status).toBe(403);
    expect((await withCookie(cookie, chat, { body: { text: "hi" } })).status).toBe(201);
    expect((await call(chat, { token: body.token, body: { text: "hi" } })).status).toBe(201);
  });

  it("a WebSocket upgrade with it needs an allowed Origin", async () => {
    const room = await createRoom();
    const { cookie } = await joinFor(room, "candidate", "Cam");
    const socket = `${PAGE}${pathTo(ROUTES.roomSocket, { roomId: room.roomId, doc: "code" })}`;
    expect((await SELF.fetch(socket, { headers: { Upgrade: "websocket", Cookie: cookie } })).status).toBe(403);
    expect((await SELF.fetch(socket, { headers: { Upgrade: "websocket", Cookie: cookie, Origin: "https://evil.example" } })).status).toBe(403);
    const ok = await SELF.fetch(socket, { headers: { Upgrade: "websocket", Cookie: cookie, Origin: PAGE } });
    expect(ok.status).toBe(101);
    ok.webSocket?.accept();
    ok.webSocket?.close();
  });

  it("another room's cookie, a forged, an expired one, or a revoked link's is refused, and GET …/session clears it", async () => {
    const room = await createRoom();
    const other = await createRoom();
    const { cookie: otherCookie } = await joinFor(other, "interviewer", "Ivy");
    // Sent by hand to the wrong room's path (a browser would not send it there at all).
    expect((await withCookie(otherCookie, sessionOf(room.roomId))).status).toBe(403);

    const { cookie, body } = await joinFor(room, "candidate", "Cam");
    const claims = await verifyToken(body.token, SECRET);
    if (!claims.ok || claims.token.kind !== "session") throw new Error("not a session");
    const expired = await signToken({ ...claims.token, exp: Date.now() - 1000 }, SECRET);
    const gone = await withCookie(`duet-room=${expired}`, sessionOf(room.roomId));
    expect(gone.status).toBe(401);
    expect(gone.headers.get("Set-Cookie")).toMatch(/^duet-room=;.*Max-Age=0/);
    const forged = await signToken({ ...claims.token, role: "interviewer" }, "another-secret-of-enough-length-0000000");
    expect((await withCookie(`duet-room=${forged}`, sessionOf(room.roomId))).status).toBe(401);

    const ivy = await joinFor(room, "interviewer", "Ivy");
    const invites = (await (await call(pathTo(ROUTES.invites, { roomId: room.roomId }), { token: ivy.body.token })).json()) as { invites: { id: string; role: string }[] };
    const candidateInvite = invites.invites.find((i) => i.role === "candidate");
    if (!candidateInvite) throw new Error("no candidate link");
    const revoke = await withCookie(ivy.cookie, pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: candidateInvite.id }), { method: "POST" });
    expect(revoke.status).toBe(200);
    const refused = await withCookie(cookie, sessionOf(room.roomId));
    expect(refused.status).toBe(403);
    expect(refused.headers.get("Set-Cookie")).toMatch(/Max-Age=0/);
    expect((await withCookie(cookie, pathTo(ROUTES.room, { roomId: room.roomId }))).status).toBe(403);
  });

  it("after End, an interviewer's cookie still says who they are, the room is ended, and the record and verdicts open", async () => {
    const room = await createRoom();
    const ivy = await joinFor(room, "interviewer", "Ivy");
    const cam = await joinFor(room, "candidate", "Cam");
    expect((await withCookie(ivy.cookie, pathTo(ROUTES.end, { roomId: room.roomId }), { method: "POST" })).status).toBe(200);
    const s = RoomSessionResponseSchema.parse(await (await withCookie(ivy.cookie, sessionOf(room.roomId))).json());
    expect(s.status).toBe("ended");
    expect(s.room.endedAt).not.toBeNull();
    expect((await withCookie(ivy.cookie, `${pathTo(ROUTES.recordCode, { roomId: room.roomId })}?t=${Date.now()}`)).status).toBe(200);
    expect((await withCookie(ivy.cookie, pathTo(ROUTES.submissions, { roomId: room.roomId }))).status).toBe(200);
    // The candidate hears the interview has ended, and reads nothing of the record.
    const camSession = RoomSessionResponseSchema.parse(await (await withCookie(cam.cookie, sessionOf(room.roomId))).json());
    expect(camSession).toMatchObject({ status: "ended", identity: { role: "candidate" } });
    expect((await withCookie(cam.cookie, `${pathTo(ROUTES.recordCode, { roomId: room.roomId })}?t=${Date.now()}`)).status).toBe(403);
    expect((await withCookie(cam.cookie, pathTo(ROUTES.submissions, { roomId: room.roomId }))).status).toBe(403);
  });

  it("joining again through the same link in this browser keeps the identity; DELETE …/session forgets the room", async () => {
    const room = await createRoom();
    const first = await joinFor(room, "interviewer", "Ivy");
    const res = await SELF.fetch(`${BASE}${pathTo(ROUTES.join, { roomId: room.roomId })}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tokenOf(room.links.interviewer)}`, "Content-Type": "application/json", Cookie: first.cookie },
      body: JSON.stringify({ name: "Ivy" }),
    });
    expect(ROUTE_BODIES.join.response.parse(await res.json()).identity.userId).toBe(first.body.identity.userId);
    // A cookie of another link (the candidate's) is no reason to be someone: a new identity.
    const cam = await joinFor(room, "candidate", "Cam");
    const other = await SELF.fetch(`${BASE}${pathTo(ROUTES.join, { roomId: room.roomId })}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tokenOf(room.links.interviewer)}`, "Content-Type": "application/json", Cookie: cam.cookie },
      body: JSON.stringify({ name: "Ivy" }),
    });
    expect(other.status).toBe(200);
    expect(ROUTE_BODIES.join.response.parse(await other.json()).identity.userId).not.toBe(cam.body.identity.userId);

    const forget = await withCookie(first.cookie, sessionOf(room.roomId), { method: "DELETE" });
    expect(forget.status).toBe(200);
    expect(forget.headers.get("Set-Cookie")).toMatch(new RegExp(`^duet-room=;.*Path=/api/rooms/${room.roomId}.*Max-Age=0|Max-Age=0.*Path=/api/rooms/${room.roomId}`));
    // No cookie, no token: an answer (every first visit asks), not a refusal in every console.
    const none = await SELF.fetch(`${PAGE}${sessionOf(room.roomId)}`);
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ status: "none" });
  });

  it("a signed-in interviewer with no session in the room gets one from GET …/session, also after the end; others are refused", async () => {
    const { orgId, interviewer: ian, reviewer: rita } = await team("Cookie Co");
    const created = await asAccount(ian, pathTo(ROUTES.createRoom), { body: { title: "Ian's room", orgId } });
    const { roomId } = (await created.json()) as { roomId: string };
    const res = await asAccount(ian, sessionOf(roomId));
    expect(res.status).toBe(200);
    expect(RoomSessionResponseSchema.parse(await res.json())).toMatchObject({ identity: { userId: ian.userId, role: "interviewer" }, status: "live" });
    const cookie = (res.headers.get("Set-Cookie") ?? "").split(";")[0];
    expect(cookie).toMatch(/^duet-room=/);
    // The cookie alone is now the way in (a socket, a command).
    expect((await withCookie(cookie, pathTo(ROUTES.chat, { roomId }), { body: { text: "hello" } })).status).toBe(201);
    expect((await withCookie(cookie, pathTo(ROUTES.end, { roomId }), { method: "POST" })).status).toBe(200);
    const after = await asAccount(ian, sessionOf(roomId));
    expect(RoomSessionResponseSchema.parse(await after.json()).status).toBe("ended");
    // Someone signed in who is not of the room, and nobody signed in, get nothing.
    const stranger = await startAccount("Stranger");
    expect(await (await asAccount(stranger, sessionOf(roomId))).json()).toEqual({ status: "none" });
    expect(await (await asAccount(null, sessionOf(roomId))).json()).toEqual({ status: "none" });
    // A reviewer gets a spectator's session; their account still reads the record the spectator session could not.
    const seen = await asAccount(rita, sessionOf(roomId));
    expect(RoomSessionResponseSchema.parse(await seen.json()).identity.role).toBe("spectator");
    const ritaCookie = (seen.headers.get("Set-Cookie") ?? "").split(";")[0];
    const code = await asAccount(null, `${pathTo(ROUTES.recordCode, { roomId })}?t=${Date.now()}`, { headers: { Cookie: `${rita.cookie}; ${ritaCookie}` } });
    expect(code.status).toBe(200);
  });

  it("entering with an account sets the cookie too", async () => {
    const ada = await startAccount("Ada");
    const created = await asAccount(ada, pathTo(ROUTES.createRoom), { body: { title: "Ada's room" } });
    const { roomId } = (await created.json()) as { roomId: string };
    const entered = await asAccount(ada, pathTo(ROUTES.enterRoom, { roomId }), { method: "POST" });
    expect(entered.status).toBe(200);
    const cookie = (entered.headers.get("Set-Cookie") ?? "").split(";")[0];
    expect(cookie).toMatch(/^duet-room=/);
    const s = RoomSessionResponseSchema.parse(await (await withCookie(cookie, sessionOf(roomId))).json());
    expect(s.identity).toMatchObject({ userId: ada.userId, role: "interviewer" });
  });
});
