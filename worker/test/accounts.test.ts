/**
 * Interviewer accounts (issue 13): an account starts signed in with an HttpOnly cookie, creates an
 * organisation, creates rooms in it, finds them under "Your interviews" from any browser, and
 * enters them without a link; cross-site requests with the cookie are refused.
 */
import { describe, expect, it } from "vitest";
import { MeResponseSchema } from "../../contracts/accounts";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { asAccount, createOrgAs, startAccount, type TestAccount } from "./accounts";
import { callAs, team } from "./org-team";

describe("accounts", () => {
  it("starting an account sets an HttpOnly, SameSite=Lax session cookie and nothing secret in the body", async () => {
    const res = await asAccount(null, "/api/auth/account/start", { body: { name: "Ivy Interviewer" } });
    expect(res.status).toBe(200);
    const cookies = res.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith("duet.session_token="));
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    const body = await res.text();
    expect(body).not.toContain(session!.split(";")[0].split("=")[1].split(".")[0]);
  });

  it("GET /api/me says who is signed in, and nobody without the cookie", async () => {
    const ivy = await startAccount("Ivy");
    const me = MeResponseSchema.parse(await (await asAccount(ivy, pathTo(ROUTES.me))).json());
    expect(me.user).toEqual({ id: ivy.userId, name: "Ivy", email: null });
    expect(me.organizations).toEqual([]);
    const nobody = MeResponseSchema.parse(await (await asAccount(null, pathTo(ROUTES.me))).json());
    expect(nobody.user).toBeNull();
  });

  it("a name that is blank once cleaned is refused", async () => {
    const res = await asAccount(null, "/api/auth/account/start", { body: { name: "\u202e\u200b " } });
    expect(res.status).toBe(400);
  });

  it("a member creates rooms in their organisation, lists them from the account, and enters one without a link", async () => {
    const ivy = await startAccount("Ivy");
    const org = await createOrgAs(ivy, "Acme Hiring");
    expect(org).toMatchObject({ name: "Acme Hiring", role: "admin" });

    const created = await asAccount(ivy, pathTo(ROUTES.createRoom), { body: { title: "Ivy's screen" } });
    expect(created.status).toBe(201);
    const { roomId } = ROUTE_BODIES.createRoom.response.parse(await created.json());

    const mine = ROUTE_BODIES.myInterviews.response.parse(await (await asAccount(ivy, pathTo(ROUTES.myInterviews))).json());
    expect(mine.interviews.map((i) => i.roomId)).toContain(roomId);
    expect(mine.interviews.find((i) => i.roomId === roomId)).toMatchObject({ title: "Ivy's screen", orgId: org.id, ownerName: "Ivy" });

    const entered = await asAccount(ivy, pathTo(ROUTES.enterRoom, { roomId }), { method: "POST" });
    expect(entered.status).toBe(200);
    const { token, identity } = ROUTE_BODIES.enterRoom.response.parse(await entered.json());
    expect(identity).toMatchObject({ userId: ivy.userId, role: "interviewer", name: "Ivy" });
    // The room session works like a link's: the interviewer's controls answer.
    const invites = await asAccount(null, pathTo(ROUTES.invites, { roomId }), { headers: { Authorization: `Bearer ${token}` } });
    expect(invites.status).toBe(200);
  });

  it("another account neither sees the room nor enters it", async () => {
    const ivy = await startAccount("Ivy");
    await createOrgAs(ivy, "Acme");
    const { roomId } = (await (await asAccount(ivy, pathTo(ROUTES.createRoom), { body: {} })).json()) as { roomId: string };
    const eve = await startAccount("Eve");
    const theirs = ROUTE_BODIES.myInterviews.response.parse(await (await asAccount(eve, pathTo(ROUTES.myInterviews))).json());
    expect(theirs.interviews.map((i) => i.roomId)).not.toContain(roomId);
    expect((await asAccount(eve, pathTo(ROUTES.enterRoom, { roomId }), { method: "POST" })).status).toBe(403);
    expect((await asAccount(null, pathTo(ROUTES.enterRoom, { roomId }), { method: "POST" })).status).toBe(401);
  });

  it("a cookie-carrying request from a foreign origin is refused and changes nothing (CSRF)", async () => {
    const ivy = await startAccount("Ivy");
    const res = await asAccount(ivy, pathTo(ROUTES.createOrg), { body: { name: "Evil Corp" }, origin: "https://evil.example" });
    expect(res.status).toBe(403);
    const me = MeResponseSchema.parse(await (await asAccount(ivy, pathTo(ROUTES.me))).json());
    expect(me.organizations).toEqual([]);
  });

  it("a cookie-carrying change without any Origin is refused: every browser sends one", async () => {
    const ivy = await startAccount("Ivy");
    const res = await asAccount(ivy, pathTo(ROUTES.createOrg), { body: { name: "No Origin" }, origin: null });
    expect(res.status).toBe(403);
  });

  it("a cookie-carrying change without the CSRF header is refused, even from this site's own origin", async () => {
    const ivy = await startAccount("Ivy");
    const res = await asAccount(ivy, pathTo(ROUTES.createOrg), { body: { name: "No header" }, csrf: false });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { message: expect.stringMatching(/X-Duet-Request/) } });
    const me = MeResponseSchema.parse(await (await asAccount(ivy, pathTo(ROUTES.me))).json());
    expect(me.organizations).toEqual([]);
  });

  it("signing out ends the session: the cookie no longer signs anyone in", async () => {
    const ivy = await startAccount("Ivy");
    const out = await asAccount(ivy, "/api/auth/sign-out", { body: {} });
    expect(out.status).toBe(200);
    const me = MeResponseSchema.parse(await (await asAccount(ivy, pathTo(ROUTES.me))).json());
    expect(me.user).toBeNull();
  });
});

describe("a room session an account got by entering", () => {
  async function sessionOf(who: TestAccount, roomId: string) {
    const res = await callAs(who, "enterRoom", { roomId });
    expect(res.status).toBe(200);
    return ROUTE_BODIES.enterRoom.response.parse(await res.json());
  }
  const roomAs = (token: string, roomId: string) => asAccount(null, pathTo(ROUTES.room, { roomId }), { headers: { Authorization: `Bearer ${token}` } });

  it("stops working when its account leaves the organisation, and an interviewer's when they become a reviewer", async () => {
    const { orgId, admin, interviewer, reviewer } = await team("Withdrawn");
    const created = await callAs(admin, "createRoom", {}, { title: "Screen" });
    const { roomId } = ROUTE_BODIES.createRoom.response.parse(await created.json());
    expect((await callAs(admin, "addRoomInterviewer", { roomId }, { userId: interviewer.userId })).status).toBe(200);

    const ian = await sessionOf(interviewer, roomId);
    const rita = await sessionOf(reviewer, roomId);
    expect([ian.identity.role, rita.identity.role]).toEqual(["interviewer", "spectator"]);
    expect((await roomAs(ian.token, roomId)).status).toBe(200);
    expect((await roomAs(rita.token, roomId)).status).toBe(200);

    expect((await callAs(admin, "setMemberRole", { orgId, userId: interviewer.userId }, { role: "reviewer" })).status).toBe(200);
    const demoted = await roomAs(ian.token, roomId);
    expect(demoted.status).toBe(403);
    expect(await demoted.json()).toMatchObject({ error: { message: expect.stringMatching(/withdrawn/) } });
    expect((await sessionOf(interviewer, roomId)).identity.role).toBe("spectator"); // entering again gives what the role allows now

    expect((await callAs(admin, "removeMember", { orgId, userId: reviewer.userId })).status).toBe(200);
    expect((await roomAs(rita.token, roomId)).status).toBe(403);
    expect((await callAs(reviewer, "enterRoom", { roomId })).status).toBe(403);
  });
});
