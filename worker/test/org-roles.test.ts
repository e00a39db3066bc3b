/**
 * What each organisation role may do (issue 13): an interviewer, a reviewer, an admin and a
 * non-member, each on the organisation's interviews, their own, entering an organisation room,
 * the members, invite links, settings, the audit log, adding interviewers and resetting a sign-in.
 * Plus a cross-site change, refused with nothing changed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import type { RouteName } from "../../contracts/routes";
import { startAccount, type TestAccount } from "./accounts";
import { callAs, member, team } from "./org-team";

type Who = "interviewer" | "reviewer" | "admin" | "outsider";
const EVERYONE: Who[] = ["interviewer", "reviewer", "admin", "outsider"];

let people: Record<Who, TestAccount>;
let orgId: string;
let roomId: string;
let spare: TestAccount;

beforeAll(async () => {
  const t = await team("Roles Inc");
  orgId = t.orgId;
  // The outsider is an admin elsewhere: being an admin is no key to another organisation.
  const outsider = await startAccount("Olga Outsider");
  await callAs(outsider, "createOrg", {}, { name: "Elsewhere" });
  people = { interviewer: t.interviewer, reviewer: t.reviewer, admin: t.admin, outsider };
  spare = await member(t.admin, orgId, "interviewer", "Sid Spare");
  const created = await callAs(t.interviewer, "createRoom", {}, { title: "Ian's screen", orgId });
  expect(created.status).toBe(201);
  roomId = ROUTE_BODIES.createRoom.response.parse(await created.json()).roomId;
});

/** Each person's status for one call, as a row: `{interviewer: 403, …}`. */
async function statuses(route: RouteName, params: () => Record<string, string>, body?: () => unknown): Promise<Record<Who, number>> {
  const row = {} as Record<Who, number>;
  for (const who of EVERYONE) row[who] = (await callAs(people[who], route, params(), body?.())).status;
  return row;
}

describe("organisation roles", () => {
  it("the organisation's interviews: reviewers and admins; an interviewer sees their own", async () => {
    expect(await statuses("orgInterviews", () => ({ orgId }))).toEqual({ interviewer: 403, reviewer: 200, admin: 200, outsider: 404 });
    for (const who of EVERYONE) {
      const mine = ROUTE_BODIES.myInterviews.response.parse(await (await callAs(people[who], "myInterviews", {})).json());
      expect(mine.interviews.some((i) => i.roomId === roomId), who).toBe(who === "interviewer");
    }
  });

  it("entering an organisation room: its interviewer as interviewer, reviewers and admins as spectators, nobody else", async () => {
    const roles: Partial<Record<Who, string>> = {};
    for (const who of EVERYONE) {
      const res = await callAs(people[who], "enterRoom", { roomId });
      if (res.status === 200) roles[who] = ROUTE_BODIES.enterRoom.response.parse(await res.json()).identity.role;
      else expect(res.status, who).toBe(403);
    }
    expect(roles).toEqual({ interviewer: "interviewer", reviewer: "spectator", admin: "spectator" });
  });

  it("members: every member sees them; only admins change a role; a non-member learns nothing", async () => {
    expect(await statuses("org", () => ({ orgId }))).toEqual({ interviewer: 200, reviewer: 200, admin: 200, outsider: 404 });
    const org = ROUTE_BODIES.org.response.parse(await (await callAs(people.reviewer, "org", { orgId })).json());
    expect(org.role).toBe("reviewer");
    expect(org.members.map((m) => [m.name, m.role])).toEqual(expect.arrayContaining([["Ada Admin", "admin"], ["Ian Interviewer", "interviewer"], ["Rita Reviewer", "reviewer"]]));
    expect(await statuses("setMemberRole", () => ({ orgId, userId: spare.userId }), () => ({ role: "reviewer" })))
      .toEqual({ interviewer: 403, reviewer: 403, admin: 200, outsider: 404 });
  });

  it("invite links: admins only", async () => {
    expect(await statuses("orgInvites", () => ({ orgId }))).toEqual({ interviewer: 403, reviewer: 403, admin: 200, outsider: 404 });
    expect(await statuses("createOrgInvite", () => ({ orgId }), () => ({ role: "admin" })))
      .toEqual({ interviewer: 403, reviewer: 403, admin: 201, outsider: 404 });
  });

  it("settings: members read them, admins change them", async () => {
    expect(await statuses("orgSettings", () => ({ orgId }))).toEqual({ interviewer: 200, reviewer: 200, admin: 200, outsider: 404 });
    expect(await statuses("updateOrgSettings", () => ({ orgId }), () => ({ retentionDays: 30 })))
      .toEqual({ interviewer: 403, reviewer: 403, admin: 200, outsider: 404 });
  });

  it("the audit log: admins only", async () => {
    expect(await statuses("orgAudit", () => ({ orgId }))).toEqual({ interviewer: 403, reviewer: 403, admin: 200, outsider: 404 });
  });

  it("adding an interviewer to a room: its interviewer or an admin; the added one enters as interviewer and sees it", async () => {
    const isla = await member(people.admin, orgId, "interviewer", "Isla");
    expect(await statuses("addRoomInterviewer", () => ({ roomId }), () => ({ userId: isla.userId })))
      .toEqual({ interviewer: 200, reviewer: 403, admin: 200, outsider: 403 });
    const entered = await callAs(isla, "enterRoom", { roomId });
    expect(ROUTE_BODIES.enterRoom.response.parse(await entered.json()).identity.role).toBe("interviewer");
    const mine = ROUTE_BODIES.myInterviews.response.parse(await (await callAs(isla, "myInterviews", {})).json());
    expect(mine.interviews.map((i) => i.roomId)).toContain(roomId);
  });

  it("resetting a member's sign-in: admins only", async () => {
    const tom = await member(people.admin, orgId, "interviewer", "Tom");
    expect(await statuses("resetMemberSignIn", () => ({ orgId, userId: tom.userId })))
      .toEqual({ interviewer: 403, reviewer: 403, admin: 200, outsider: 404 });
  });

  it("a cross-site change with the admin's cookie is refused and changes nothing (CSRF)", async () => {
    const before = ROUTE_BODIES.org.response.parse(await (await callAs(people.admin, "org", { orgId })).json());
    const res = await callAs(people.admin, "setMemberRole", { orgId, userId: people.reviewer.userId }, { role: "admin" }, "https://evil.example");
    expect(res.status).toBe(403);
    const invite = await callAs(people.admin, "createOrgInvite", { orgId }, { role: "admin" }, "https://evil.example");
    expect(invite.status).toBe(403);
    const after = ROUTE_BODIES.org.response.parse(await (await callAs(people.admin, "org", { orgId })).json());
    expect(after.members).toEqual(before.members);
    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(people.admin, "orgAudit", { orgId })).json());
    expect(audit.entries.filter((e) => e.detail?.userId === people.reviewer.userId && e.action === "member.role")).toEqual([]);
  });

  it("nobody signed in gets 401 everywhere", async () => {
    for (const route of ["org", "orgInvites", "orgSettings", "orgAudit", "exportMyData"] as const) {
      expect((await callAs(null, route, { orgId })).status, route).toBe(401);
    }
    expect((await callAs(null, "acceptOrgInvite", {}, { invite: "x" })).status).toBe(401);
  });
});
