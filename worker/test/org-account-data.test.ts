/**
 * An account's own data: the export holds everything Duet keeps about it and nothing secret; an
 * account deletes itself (not while it is the last admin of an organisation with other members);
 * an admin deletes a member's data, and their account with it when no other organisation has them.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MeResponseSchema } from "../../contracts/accounts";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { asAccount, createOrgAs, startAccount, type TestAccount } from "./accounts";
import { accept, callAs, codeOf, inviteLink, member, team } from "./org-team";

const rowsOf = async (table: string, column: string, userId: string) =>
  (await env.DB.prepare(`select count(*) as n from ${table} where ${column} = ?`).bind(userId).first<{ n: number }>())?.n;

/** Everything D1 holds under the account's id, by table. */
async function traces(who: TestAccount) {
  return {
    users: await rowsOf("users", "id", who.userId),
    sessions: await rowsOf("auth_sessions", "user_id", who.userId),
    passkeys: await rowsOf("passkeys", "user_id", who.userId),
    members: await rowsOf("members", "user_id", who.userId),
    roomInterviewers: await rowsOf("room_interviewers", "user_id", who.userId),
  };
}
const NONE = { users: 0, sessions: 0, passkeys: 0, members: 0, roomInterviewers: 0 };

async function addPasskey(who: TestAccount): Promise<void> {
  await env.DB.prepare(
    "insert into passkeys (id, name, public_key, user_id, credential_id, counter, device_type, backed_up, created_at) values (?, 'Phone', 'secret-public-key', ?, ?, 0, 'multiDevice', 1, ?)",
  ).bind(crypto.randomUUID(), who.userId, crypto.randomUUID(), Date.now()).run();
}

const signedIn = async (who: TestAccount) => MeResponseSchema.parse(await (await callAs(who, "me", {})).json()).user !== null;

describe("an account's data", () => {
  it("the export: the account, its passkeys' names and dates, memberships, interviews and its audit entries; no secrets", async () => {
    const { orgId, admin } = await team();
    await addPasskey(admin);
    const { roomId } = ROUTE_BODIES.createRoom.response.parse(await (await callAs(admin, "createRoom", {}, { title: "Export me", orgId })).json());
    const res = await callAs(admin, "exportMyData", {});
    expect(res.headers.get("content-disposition")).toMatch(/attachment/);
    const text = await res.text();
    const data = ROUTE_BODIES.exportMyData.response.parse(JSON.parse(text));
    expect(data.user).toMatchObject({ id: admin.userId, name: "Ada Admin", email: null });
    expect(data.passkeys).toEqual([expect.objectContaining({ name: "Phone", deviceType: "multiDevice" })]);
    expect(data.signInProviders).toEqual([]);
    expect(data.memberships).toEqual([expect.objectContaining({ id: orgId, name: "Acme", role: "admin" })]);
    expect(data.interviews.map((i) => i.roomId)).toEqual([roomId]);
    expect(data.auditEntries.map((e) => e.action)).toEqual(expect.arrayContaining(["org.create", "invite.create"]));
    expect(data.auditEntries.every((e) => e.actor.userId === admin.userId)).toBe(true);
    expect(text).not.toContain("secret-public-key");
    expect(text).not.toContain(admin.cookie.split("=")[1].split(".")[0]);
  });

  it("deleting an account: refused while it is the last admin of an organisation with other members, and nothing goes", async () => {
    const { orgId, admin, reviewer } = await team();
    const res = await callAs(admin, "deleteMyAccount", {});
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain('"Acme"');
    expect(await signedIn(admin)).toBe(true);
    expect((await traces(admin)).members).toBe(1);

    // Handing over first makes it possible; the organisation stays, with its new admin.
    await callAs(admin, "setMemberRole", { orgId, userId: reviewer.userId }, { role: "admin" });
    const deleted = await callAs(admin, "deleteMyAccount", {});
    expect(ROUTE_BODIES.deleteMyAccount.response.parse(await deleted.json())).toEqual({ deleted: true, organizationsDeleted: [] });
    expect(await traces(admin)).toEqual(NONE);
    expect(await signedIn(admin)).toBe(false);
    const org = ROUTE_BODIES.org.response.parse(await (await callAs(reviewer, "org", { orgId })).json());
    expect(org.members.map((m) => m.name)).not.toContain("Ada Admin");
    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(reviewer, "orgAudit", { orgId })).json());
    expect(audit.entries[0]).toMatchObject({ action: "member.remove", detail: { userId: admin.userId, accountDeleted: true } });
  });

  it("deleting an account takes its passkeys, sessions, memberships and room places, and the organisations it alone was in", async () => {
    const solo = await startAccount("Solo");
    await addPasskey(solo);
    const own = await createOrgAs(solo, "Solo Ltd");
    const { orgId, admin } = await team();
    await accept(solo, codeOf((await inviteLink(admin, orgId, "interviewer")).link));
    const { roomId } = ROUTE_BODIES.createRoom.response.parse(await (await callAs(admin, "createRoom", {}, { orgId })).json());
    await callAs(admin, "addRoomInterviewer", { roomId }, { userId: solo.userId });

    const res = await callAs(solo, "deleteMyAccount", {});
    expect(ROUTE_BODIES.deleteMyAccount.response.parse(await res.json())).toEqual({ deleted: true, organizationsDeleted: [own.id] });
    expect(await traces(solo)).toEqual(NONE);
    expect(await env.DB.prepare("select id from organizations where id = ?").bind(own.id).first()).toBeNull();
    expect((await callAs(admin, "org", { orgId })).status).toBe(200);
  });

  it("better-auth's own delete-user takes back an account in no organisation, and refuses one in an organisation", async () => {
    const fresh = await startAccount("Fresh");
    expect((await asAccount(fresh, "/api/auth/delete-user", { body: {} })).status).toBe(200);
    expect(await traces(fresh)).toEqual(NONE);

    const { orgId, admin } = await team();
    const res = await asAccount(admin, "/api/auth/delete-user", { body: {} });
    expect(res.status).toBe(409);
    expect(await signedIn(admin)).toBe(true);
    expect((await callAs(admin, "org", { orgId })).status).toBe(200);
  });

  it("deleting needs a signed-in account and this site's Origin", async () => {
    const ivy = await startAccount("Ivy");
    expect((await callAs(null, "deleteMyAccount", {})).status).toBe(401);
    expect((await callAs(ivy, "deleteMyAccount", {}, undefined, "https://evil.example")).status).toBe(403);
    expect(await signedIn(ivy)).toBe(true);
  });
});

describe("an admin deleting a member's data", () => {
  it("removes the member and deletes their account when no other organisation has them", async () => {
    const { orgId, admin, interviewer, reviewer } = await team();
    expect((await callAs(reviewer, "deleteMemberData", { orgId, userId: interviewer.userId })).status).toBe(403);
    const res = await callAs(admin, "deleteMemberData", { orgId, userId: interviewer.userId });
    expect(ROUTE_BODIES.deleteMemberData.response.parse(await res.json())).toEqual({ userId: interviewer.userId, removed: true, accountDeleted: true });
    expect(await traces(interviewer)).toEqual(NONE);
    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(admin, "orgAudit", { orgId })).json());
    expect(audit.entries[0]).toMatchObject({ action: "member.delete_data", detail: { userId: interviewer.userId, accountDeleted: true } });
  });

  it("keeps the account of someone another organisation also has: only this membership goes", async () => {
    const acme = await team("Acme");
    const other = await team("Other");
    const both = await member(acme.admin, acme.orgId, "interviewer", "Both");
    await accept(both, codeOf((await inviteLink(other.admin, other.orgId, "reviewer")).link));
    const res = await callAs(acme.admin, "deleteMemberData", { orgId: acme.orgId, userId: both.userId });
    expect(ROUTE_BODIES.deleteMemberData.response.parse(await res.json())).toMatchObject({ accountDeleted: false });
    expect(await signedIn(both)).toBe(true);
    const me = MeResponseSchema.parse(await (await callAs(both, "me", {})).json());
    expect(me.organizations.map((o) => o.name)).toEqual(["Other"]);
    expect((await callAs(acme.admin, "deleteMemberData", { orgId: acme.orgId, userId: other.admin.userId })).status).toBe(404);
    expect(await signedIn(other.admin)).toBe(true);
  });
});
