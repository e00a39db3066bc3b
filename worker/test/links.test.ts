/**
 * Links that explain themselves (issue 15): `POST …/invite-info` says, before anyone joins, which
 * interview and which role a link leads to — or why it lets nobody in, one error code per reason
 * (never a developer's sentence for the page to show); single-use links admit their first browser
 * and only it again; the interviewer sees who joined through which link.
 */
import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { CreateRoomResponse } from "../../contracts/api";
import { LINK_ERROR_CODES } from "../../contracts/links";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import type { Role } from "../../contracts/wire";
import { signToken, verifyToken } from "../auth/tokens";
import { call, createRoom, join, tokenOf } from "./api";
import { fetchWith, PRODUCTION } from "./with-vars";

const SECRET = (env as unknown as { TOKEN_SECRET: string }).TOKEN_SECRET;

const info = (roomId: string, token: string | undefined, body: unknown = {}) => call(pathTo(ROUTES.inviteInfo, { roomId }), { token, body });
const joinBy = (roomId: string, token: string, body: unknown) => call(pathTo(ROUTES.join, { roomId }), { token, body });

async function refusedWith(res: Response, status: number, code: string): Promise<void> {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(JSON.parse(text).error.code).toBe(code);
}

/** Invite-info told this browser it comes back, and the join let it back in as the same participant. */
async function cameBackAs(said: Response, joined: Response, userId: string): Promise<void> {
  expect(ROUTE_BODIES.inviteInfo.response.parse(await said.json())).toMatchObject({ status: "rejoin" });
  expect(joined.status, await joined.clone().text()).toBe(200);
  expect(ROUTE_BODIES.join.response.parse(await joined.json()).identity.userId).toBe(userId);
}

/** A single-use candidate link made by the room's interviewer. */
async function singleUseLink(room: CreateRoomResponse, interviewerToken: string, role: Role = "candidate") {
  const res = await call(pathTo(ROUTES.createInvite, { roomId: room.roomId }), { token: interviewerToken, body: { role, singleUse: true } });
  expect(res.status, await res.clone().text()).toBe(201);
  const made = ROUTE_BODIES.createInvite.response.parse(await res.json());
  return { id: made.id, token: tokenOf(made.link) };
}

describe("invite-info: what a link leads to, before joining", () => {
  it("names the interview and the role of each link, and joins nobody", async () => {
    const room = await createRoom({ title: "Backend screen" });
    for (const role of ["interviewer", "candidate", "spectator"] as const) {
      const res = await info(room.roomId, tokenOf(room.links[role]));
      expect(res.status, await res.clone().text()).toBe(200);
      expect(ROUTE_BODIES.inviteInfo.response.parse(await res.json())).toEqual({ title: "Backend screen", role, status: "open", singleUse: false });
    }
    const joins = await env.DB.prepare("select count(*) as n from audit_log where room_id = ? and action = 'room.join'").bind(room.roomId).first<{ n: number }>();
    expect(joins?.n).toBe(0);
  });

  it("says a tampered, malformed, missing or another room's link is not valid", async () => {
    const room = await createRoom();
    const other = await createRoom();
    const good = tokenOf(room.links.candidate);
    const [body, sig] = good.split(".");
    const tampered = `${body}.${sig.slice(0, -2)}${sig.endsWith("AA") ? "BA" : "AA"}`;
    // The payload edited to claim the interviewer's role, the candidate's signature kept.
    const claims = JSON.parse(atob(body.replace(/-/g, "+").replace(/_/g, "/")));
    const forged = `${btoa(JSON.stringify({ ...claims, role: "interviewer" })).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "")}.${sig}`;
    const cam = await join(room, "candidate", "Cam");
    for (const token of [tampered, forged, "not-a-token", undefined, tokenOf(other.links.candidate), cam.token]) {
      await refusedWith(await info(room.roomId, token), 401, "link_invalid");
    }
    // Joining says the same, before any name is taken.
    await refusedWith(await joinBy(room.roomId, tampered, { name: "Eve" }), 401, "link_invalid");
  });

  it("says a revoked link was revoked, an ended room ended, an expired room expired, a missing room is missing", async () => {
    const room = await createRoom();
    const ivy = await join(room, "interviewer", "Ivy");
    const spectator = (await env.DB.prepare("select id from invites where room_id = ? and role = 'spectator'").bind(room.roomId).first<{ id: string }>())?.id ?? "";
    expect((await call(pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: spectator }), { method: "POST", token: ivy.token })).status).toBe(200);
    await refusedWith(await info(room.roomId, tokenOf(room.links.spectator)), 403, "link_revoked");
    await refusedWith(await joinBy(room.roomId, tokenOf(room.links.spectator), { name: "Sam" }), 403, "link_revoked");

    const ended = await createRoom();
    const endedIvy = await join(ended, "interviewer", "Ivy");
    expect((await call(pathTo(ROUTES.end, { roomId: ended.roomId }), { method: "POST", token: endedIvy.token })).status).toBe(200);
    await refusedWith(await info(ended.roomId, tokenOf(ended.links.candidate)), 403, "room_ended");
    await refusedWith(await joinBy(ended.roomId, tokenOf(ended.links.candidate), { name: "Cam" }), 403, "room_ended");

    const expired = await createRoom();
    await env.DB.prepare("update rooms set expires_at = ? where id = ?").bind(Date.now() - 1000, expired.roomId).run();
    await refusedWith(await info(expired.roomId, tokenOf(expired.links.candidate)), 403, "room_expired");

    // A link past its 7-day life: the room's cap has passed, so the room has expired.
    const stale = await signToken({ kind: "invite", v: 1, rid: room.roomId, role: "candidate", jti: spectator, exp: Date.now() + 1 }, SECRET);
    await new Promise((r) => setTimeout(r, 5));
    await refusedWith(await info(room.roomId, stale), 403, "room_expired");

    const nowhere = await signToken({ kind: "invite", v: 1, rid: "nosuchroom000000", role: "candidate", jti: crypto.randomUUID(), exp: Date.now() + 60_000 }, SECRET);
    await refusedWith(await info("nosuchroom000000", nowhere), 404, "room_not_found");
  });

  it("answers every refusal with a code the page can translate, never only a sentence", async () => {
    const room = await createRoom();
    const codes = new Set<string>();
    for (const token of ["x.y", tokenOf(room.links.candidate).slice(0, -3)]) codes.add(((await (await info(room.roomId, token)).json()) as { error: { code: string } }).error.code);
    for (const code of codes) expect(LINK_ERROR_CODES).toContain(code);
  });

  it("is rate-limited per client address, as opening a room is (production)", async () => {
    const room = await createRoom();
    const vars = { ...PRODUCTION, RATE_SOCKET_CONNECTS_PER_MINUTE: "3" };
    const ip = `203.0.113.1-${crypto.randomUUID().slice(0, 6)}`;
    const ask = () => fetchWith(vars, `http://duet.test${pathTo(ROUTES.inviteInfo, { roomId: room.roomId })}`, {
      method: "POST", body: "{}", headers: { Authorization: `Bearer ${tokenOf(room.links.candidate)}`, "Content-Type": "application/json", "CF-Connecting-IP": ip },
    });
    for (let i = 0; i < 3; i++) expect((await ask()).status).toBe(200);
    const limited = await ask();
    await refusedWith(limited.clone(), 429, "rate_limited");
    expect(limited.headers.get("Retry-After")).toMatch(/^\d+$/);
  });

  it("refuses a malformed or oversize body with 400 / 413", async () => {
    const room = await createRoom();
    const token = tokenOf(room.links.candidate);
    await refusedWith(await info(room.roomId, token, { resume: 42 }), 400, "bad_request");
    await refusedWith(await info(room.roomId, token, { extra: true }), 400, "bad_request");
    await refusedWith(await call(pathTo(ROUTES.inviteInfo, { roomId: room.roomId }), { token, rawBody: "{" }), 400, "bad_request");
    const big = await info(room.roomId, token, { resume: "x".repeat(200_000) });
    expect(big.status).toBe(413);
  });
});

describe("single-use links", () => {
  it("binds to the first join: others are told it was used, the first comes back as themselves", async () => {
    const room = await createRoom({ title: "Backend screen" });
    const ivy = await join(room, "interviewer", "Ivy");
    const link = await singleUseLink(room, ivy.token);
    expect(ROUTE_BODIES.inviteInfo.response.parse(await (await info(room.roomId, link.token)).json())).toMatchObject({ status: "open", singleUse: true });

    const first = await joinBy(room.roomId, link.token, { name: "Cam" });
    expect(first.status, await first.clone().text()).toBe(200);
    const cam = ROUTE_BODIES.join.response.parse(await first.json());

    // Another browser: no earlier session from this link.
    await refusedWith(await info(room.roomId, link.token), 409, "link_used");
    await refusedWith(await joinBy(room.roomId, link.token, { name: "Mallory" }), 409, "link_used");
    // Another link's session is no proof either (a 400: the resume names another link).
    const other = await join(room, "candidate", "Other");
    await refusedWith(await info(room.roomId, link.token, { resume: other.token }), 409, "link_used");
    expect((await joinBy(room.roomId, link.token, { name: "Mallory", resume: other.token })).status).toBe(400);

    // The first browser, with its session from the link: told it comes back, and comes back as Cam.
    await cameBackAs(await info(room.roomId, link.token, { resume: cam.token }), await joinBy(room.roomId, link.token, { name: "Cam", resume: cam.token }), cam.identity.userId);
  });

  it("lets the first browser back by its room cookie too", async () => {
    const room = await createRoom();
    const ivy = await join(room, "interviewer", "Ivy");
    const link = await singleUseLink(room, ivy.token);
    const first = await joinBy(room.roomId, link.token, { name: "Cam" });
    const cam = ROUTE_BODIES.join.response.parse(await first.json());
    const cookie = `duet-room=${cam.token}`;
    const withCookie = (route: typeof ROUTES.inviteInfo | typeof ROUTES.join, body: unknown) =>
      SELF.fetch(`http://duet.test${pathTo(route, { roomId: room.roomId })}`, {
        method: "POST", headers: { Authorization: `Bearer ${link.token}`, Cookie: cookie, "Content-Type": "application/json" }, body: JSON.stringify(body),
      });
    await cameBackAs(await withCookie(ROUTES.inviteInfo, {}), await withCookie(ROUTES.join, { name: "Cam" }), cam.identity.userId);
  });

  it("of two first joins at the same moment, exactly one gets in", async () => {
    const room = await createRoom();
    const ivy = await join(room, "interviewer", "Ivy");
    const link = await singleUseLink(room, ivy.token);
    const answers = await Promise.all(["Ann", "Bob", "Cy", "Di"].map((name) => joinBy(room.roomId, link.token, { name })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    const bound = await env.DB.prepare("select used_by from invites where id = ?").bind(link.id).first<{ used_by: string }>();
    const winner = ROUTE_BODIES.join.response.parse(await answers.find((r) => r.status === 200)?.json());
    expect(bound?.used_by).toBe(winner.identity.userId);
  });

  it("refuses a malformed singleUse when creating a link", async () => {
    const room = await createRoom();
    const ivy = await join(room, "interviewer", "Ivy");
    await refusedWith(await call(pathTo(ROUTES.createInvite, { roomId: room.roomId }), { token: ivy.token, body: { role: "candidate", singleUse: "yes" } }), 400, "bad_request");
    const cam = await join(room, "candidate", "Cam");
    await refusedWith(await call(pathTo(ROUTES.createInvite, { roomId: room.roomId }), { token: cam.token, body: { role: "candidate", singleUse: true } }), 403, "forbidden");
  });
});

describe("who joined through which link", () => {
  it("lists each link's joiners under the name they last gave, with first and last join times", async () => {
    const room = await createRoom();
    const ivy = await join(room, "interviewer", "Ivy");
    const link = await singleUseLink(room, ivy.token);
    const before = Date.now();
    const cam = ROUTE_BODIES.join.response.parse(await (await joinBy(room.roomId, link.token, { name: "Cam" })).json());
    await joinBy(room.roomId, link.token, { name: "Cameron", resume: cam.token });
    await join(room, "spectator", "Sam");
    await join(room, "spectator", "Sue");

    const res = await call(pathTo(ROUTES.invites, { roomId: room.roomId }), { token: ivy.token });
    const { invites } = ROUTE_BODIES.invites.response.parse(await res.json());
    const byId = new Map(invites.map((i) => [i.id, i]));
    const single = byId.get(link.id);
    expect(single).toMatchObject({ singleUse: true, revokedAt: null });
    expect(single?.usedAt).toBeGreaterThanOrEqual(before);
    expect(single?.joined.map((j) => j.name)).toEqual(["Cameron"]);
    expect(single?.joined[0].lastJoinedAt).toBeGreaterThanOrEqual(single?.joined[0].firstJoinedAt ?? Infinity);
    const spectators = invites.find((i) => i.role === "spectator");
    expect(spectators?.joined.map((j) => j.name)).toEqual(["Sam", "Sue"]);
    expect(invites.find((i) => i.role === "interviewer")?.joined.map((j) => j.name)).toEqual(["Ivy"]);
    expect(invites.every((i) => i.id === link.id || (!i.singleUse && i.usedAt === null))).toBe(true);
    // The asker's own link is marked: the page warns before revoking it.
    const session = await verifyToken(ivy.token, SECRET);
    expect(invites.filter((i) => i.yours).map((i) => i.id)).toEqual([session.ok ? session.token.jti : "?"]);
  });
});

describe("revoking the link you are in", () => {
  it("is refused until confirmed (?confirm=own), then ends your own session too", async () => {
    const room = await createRoom();
    const ivy = await join(room, "interviewer", "Ivy");
    const session = await verifyToken(ivy.token, SECRET);
    if (!session.ok) throw new Error("not a session");
    const own = session.token.jti;
    const path = pathTo(ROUTES.revokeInvite, { roomId: room.roomId, inviteId: own });
    await refusedWith(await call(path, { method: "POST", token: ivy.token }), 409, "conflict");
    await refusedWith(await call(`${path}?confirm=yes`, { method: "POST", token: ivy.token }), 409, "conflict");
    expect((await call(`${path}?confirm=own`, { method: "POST", token: ivy.token })).status).toBe(200);
    expect((await call(pathTo(ROUTES.room, { roomId: room.roomId }), { token: ivy.token })).status).toBe(403);
    await refusedWith(await info(room.roomId, tokenOf(room.links.interviewer)), 403, "link_revoked");
  });
});
