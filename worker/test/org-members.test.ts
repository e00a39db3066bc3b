/**
 * Members and roles: admins change roles and remove members, anyone may leave; an organisation
 * always keeps an admin (409, nothing changed), even when two admins demote each other at once; a
 * removed member loses the organisation's rooms they were added to.
 */
import { describe, expect, it } from "vitest";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import type { TestAccount } from "./accounts";
import { callAs, member, team } from "./org-team";

async function rolesOf(who: TestAccount, orgId: string): Promise<Record<string, string>> {
  const org = ROUTE_BODIES.org.response.parse(await (await callAs(who, "org", { orgId })).json());
  return Object.fromEntries(org.members.map((m) => [m.name, m.role]));
}

describe("organisation members", () => {
  it("an admin changes a member's role: the member's access follows, and the log says who did it", async () => {
    const { orgId, admin, interviewer } = await team();
    expect((await callAs(interviewer, "orgInterviews", { orgId })).status).toBe(403);
    const res = await callAs(admin, "setMemberRole", { orgId, userId: interviewer.userId }, { role: "reviewer" });
    expect(ROUTE_BODIES.setMemberRole.response.parse(await res.json())).toMatchObject({ userId: interviewer.userId, role: "reviewer", name: "Ian Interviewer" });
    expect((await callAs(interviewer, "orgInterviews", { orgId })).status).toBe(200);
    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(admin, "orgAudit", { orgId })).json());
    expect(audit.entries[0]).toMatchObject({ action: "member.role", actor: { userId: admin.userId, name: "Ada Admin" }, detail: { userId: interviewer.userId, role: "reviewer" } });
  });

  it("the last admin can be neither demoted nor removed, nor leave; with a second admin they can", async () => {
    const { orgId, admin, reviewer } = await team();
    const before = await rolesOf(admin, orgId);
    for (const [route, body] of [["setMemberRole", { role: "interviewer" }], ["removeMember", undefined], ["deleteMemberData", undefined]] as const) {
      const res = await callAs(admin, route, { orgId, userId: admin.userId }, body);
      expect(res.status, route).toBe(409);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/last admin/);
    }
    expect(await rolesOf(admin, orgId)).toEqual(before);

    await callAs(admin, "setMemberRole", { orgId, userId: reviewer.userId }, { role: "admin" });
    expect((await callAs(reviewer, "setMemberRole", { orgId, userId: admin.userId }, { role: "interviewer" })).status).toBe(200);
    expect((await callAs(reviewer, "removeMember", { orgId, userId: reviewer.userId })).status).toBe(409);
  });

  it("two admins demoting each other at once: one of them stays admin", async () => {
    const { orgId, admin, reviewer } = await team();
    await callAs(admin, "setMemberRole", { orgId, userId: reviewer.userId }, { role: "admin" });
    const statuses = (await Promise.all([
      callAs(admin, "setMemberRole", { orgId, userId: reviewer.userId }, { role: "reviewer" }),
      callAs(reviewer, "setMemberRole", { orgId, userId: admin.userId }, { role: "reviewer" }),
    ])).map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    const roles = await rolesOf(admin, orgId);
    expect([roles["Ada Admin"], roles["Rita Reviewer"]].filter((r) => r === "admin")).toHaveLength(1);
  });

  it("a member leaves; only an admin removes someone else", async () => {
    const { orgId, admin, interviewer, reviewer } = await team();
    expect((await callAs(interviewer, "removeMember", { orgId, userId: reviewer.userId })).status).toBe(403);
    const left = await callAs(reviewer, "removeMember", { orgId, userId: reviewer.userId });
    expect(ROUTE_BODIES.removeMember.response.parse(await left.json())).toEqual({ removed: true, userId: reviewer.userId });
    expect((await callAs(reviewer, "org", { orgId })).status).toBe(404);
    expect((await callAs(admin, "removeMember", { orgId, userId: interviewer.userId })).status).toBe(200);
    expect(Object.keys(await rolesOf(admin, orgId))).toEqual(["Ada Admin"]);
    expect((await callAs(admin, "removeMember", { orgId, userId: interviewer.userId })).status).toBe(404);
  });

  it("a removed member no longer enters the organisation's rooms they were added to", async () => {
    const { orgId, admin } = await team();
    const isla = await member(admin, orgId, "interviewer", "Isla");
    const { roomId } = ROUTE_BODIES.createRoom.response.parse(await (await callAs(admin, "createRoom", {}, { orgId })).json());
    expect((await callAs(admin, "addRoomInterviewer", { roomId }, { userId: isla.userId })).status).toBe(200);
    expect((await callAs(isla, "enterRoom", { roomId })).status).toBe(200);
    await callAs(admin, "removeMember", { orgId, userId: isla.userId });
    expect((await callAs(isla, "enterRoom", { roomId })).status).toBe(403);
    const mine = ROUTE_BODIES.myInterviews.response.parse(await (await callAs(isla, "myInterviews", {})).json());
    expect(mine.interviews).toEqual([]);
  });

  it("the organisation's rooms stay the organisation's: a member who leaves no longer enters or lists those they created; one made reviewer watches them", async () => {
    const { orgId, admin, interviewer } = await team();
    const lee = await member(admin, orgId, "interviewer", "Lee");
    const roomOf = async (who: TestAccount) => ROUTE_BODIES.createRoom.response.parse(await (await callAs(who, "createRoom", {}, { orgId })).json()).roomId;
    const [ians, lees] = [await roomOf(interviewer), await roomOf(lee)];

    await callAs(lee, "removeMember", { orgId, userId: lee.userId });
    expect((await callAs(lee, "enterRoom", { roomId: lees })).status).toBe(403);
    expect(ROUTE_BODIES.myInterviews.response.parse(await (await callAs(lee, "myInterviews", {})).json()).interviews).toEqual([]);

    await callAs(admin, "setMemberRole", { orgId, userId: interviewer.userId }, { role: "reviewer" });
    const entered = ROUTE_BODIES.enterRoom.response.parse(await (await callAs(interviewer, "enterRoom", { roomId: ians })).json());
    expect(entered.identity.role).toBe("spectator");
    expect(ROUTE_BODIES.myInterviews.response.parse(await (await callAs(interviewer, "myInterviews", {})).json()).interviews).toEqual([]);
    // Both rooms are still the organisation's, for its reviewers and admins.
    const all = ROUTE_BODIES.orgInterviews.response.parse(await (await callAs(admin, "orgInterviews", { orgId })).json());
    expect(all.interviews.map((i) => i.roomId).sort()).toEqual([ians, lees].sort());
  });

  it("bad role changes are refused and change nothing: unknown role, extra field, not a member, oversize body", async () => {
    const { orgId, admin, interviewer } = await team();
    const other = await team("Other");
    const before = await rolesOf(admin, orgId);
    for (const body of [{ role: "owner" }, { role: "admin", orgId }, {}, { role: ["admin"] }]) {
      expect((await callAs(admin, "setMemberRole", { orgId, userId: interviewer.userId }, body)).status, JSON.stringify(body)).toBe(400);
    }
    expect((await callAs(admin, "setMemberRole", { orgId, userId: interviewer.userId }, { role: "admin", pad: "x".repeat(20_000) })).status).toBe(413);
    expect((await callAs(admin, "setMemberRole", { orgId, userId: other.interviewer.userId }, { role: "admin" })).status).toBe(404);
    expect(await rolesOf(admin, orgId)).toEqual(before);
    expect((await callAs(other.interviewer, "org", { orgId })).status).toBe(404);
  });
});

describe("adding an interviewer to a room", () => {
  it("only a member who runs interviews, of the room's own organisation, can be added", async () => {
    const { orgId, admin, reviewer } = await team();
    const other = await team("Other");
    const { roomId } = ROUTE_BODIES.createRoom.response.parse(await (await callAs(admin, "createRoom", {}, { orgId })).json());
    const add = (userId: unknown) => callAs(admin, "addRoomInterviewer", { roomId }, { userId });
    expect((await add(reviewer.userId)).status).toBe(409);
    expect((await add(other.interviewer.userId)).status).toBe(404);
    expect((await callAs(other.admin, "addRoomInterviewer", { roomId }, { userId: other.interviewer.userId })).status).toBe(403);
    for (const bad of ["", 5, null, "x".repeat(65)]) expect((await add(bad)).status, String(bad)).toBe(400);
    expect((await callAs(reviewer, "enterRoom", { roomId })).status).toBe(200); // as a spectator, not added
    expect((await callAs(admin, "addRoomInterviewer", { roomId: "nosuchroom000001" }, { userId: reviewer.userId })).status).toBe(404);
    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(admin, "orgAudit", { orgId })).json());
    expect(audit.entries.filter((e) => e.action === "room.add_interviewer")).toEqual([]);
  });
});
