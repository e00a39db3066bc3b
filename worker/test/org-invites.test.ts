/**
 * Invite links to an organisation: the secret only in the link's fragment and never at rest; a
 * link admits one person with its role; an expired, revoked, used, forged or malformed link admits
 * nobody and writes nothing; a member who opens one is told they already are.
 */
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { startAccount } from "./accounts";
import { accept, callAs, codeOf, inviteLink, team } from "./org-team";

async function memberNames(admin: Parameters<typeof callAs>[0], orgId: string): Promise<string[]> {
  const org = ROUTE_BODIES.org.response.parse(await (await callAs(admin, "org", { orgId })).json());
  return org.members.map((m) => m.name).sort();
}

async function errorOf(res: Response) {
  return { status: res.status, ...((await res.json()) as { error: { code: string; message: string } }).error };
}

/** One organisation for the whole file: every test uses its own newcomers and links. */
let acme: Awaited<ReturnType<typeof team>>;
beforeAll(async () => {
  acme = await team("Acme");
});

describe("organisation invite links", () => {
  it("the link's holder sees who invites them and as what before accepting, signed in or not; a used or forged link shows nothing", async () => {
    const { orgId, admin } = acme;
    const invite = await inviteLink(admin, orgId, "interviewer");
    const preview = await callAs(null, "previewOrgInvite", {}, { invite: codeOf(invite.link) });
    expect(preview.status).toBe(200);
    expect(ROUTE_BODIES.previewOrgInvite.response.parse(await preview.json())).toEqual({ orgName: "Acme", role: "interviewer", expiresAt: invite.expiresAt });
    expect(await memberNames(admin, orgId)).not.toContain("Pia"); // previewing joins nobody

    const [id] = codeOf(invite.link).split(".");
    const forged = await callAs(null, "previewOrgInvite", {}, { invite: `${id}.${"A".repeat(43)}` });
    expect(await errorOf(forged)).toMatchObject({ status: 404, code: "not_found" });
    expect((await accept(await startAccount("Pia"), codeOf(invite.link))).status).toBe(200);
    const used = await callAs(null, "previewOrgInvite", {}, { invite: codeOf(invite.link) });
    expect(await errorOf(used)).toMatchObject({ status: 403, message: expect.stringMatching(/already used/) });
    expect((await callAs(null, "previewOrgInvite", {}, { invite: "not-a-code" })).status).toBe(400);
  });

  it("a link carries its secret in the fragment only; D1 and the list hold no secret; accepting joins with the link's role", async () => {
    const { orgId, admin } = acme;
    const invite = await inviteLink(admin, orgId, "reviewer");
    const url = new URL(invite.link);
    expect(url.pathname).toBe("/org-invite");
    expect(url.search).toBe("");
    const [id, secret] = codeOf(invite.link).split(".");
    expect(id).toBe(invite.id);
    expect(invite.expiresAt - Date.now()).toBeGreaterThan(71.9 * 3_600_000);

    const stored = await env.DB.prepare("select * from org_invite_links where id = ?").bind(id).first();
    expect(JSON.stringify(stored)).not.toContain(secret);
    const listed = await callAs(admin, "orgInvites", { orgId });
    expect(await listed.text()).not.toContain(secret);

    const vic = await startAccount("Vic");
    const joined = await accept(vic, codeOf(invite.link));
    expect(joined.status).toBe(200);
    expect(ROUTE_BODIES.acceptOrgInvite.response.parse(await joined.json())).toMatchObject({ id: orgId, name: "Acme", role: "reviewer" });
    const org = ROUTE_BODIES.org.response.parse(await (await callAs(vic, "org", { orgId })).json());
    expect(org.role).toBe("reviewer");

    const list = ROUTE_BODIES.orgInvites.response.parse(await (await callAs(admin, "orgInvites", { orgId })).json());
    expect(list.invites.find((i) => i.id === id)).toMatchObject({ usedBy: vic.userId, revokedAt: null });
    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(admin, "orgAudit", { orgId })).json());
    expect(audit.entries.find((e) => e.action === "member.join" && e.actor.userId === vic.userId)?.detail).toMatchObject({ inviteId: id, role: "reviewer" });
  });

  it("a link admits one person: the second account is refused and not added", async () => {
    const { orgId, admin } = acme;
    const { link } = await inviteLink(admin, orgId, "admin");
    expect((await accept(await startAccount("First"), codeOf(link))).status).toBe(200);
    const second = await startAccount("Second");
    expect(await errorOf(await accept(second, codeOf(link)))).toMatchObject({ status: 403, message: expect.stringContaining("already used") });
    expect(await memberNames(admin, orgId)).not.toContain("Second");
  });

  it("two accounts racing for one link: exactly one joins", async () => {
    const { orgId, admin } = acme;
    const { link } = await inviteLink(admin, orgId, "interviewer");
    const [a, b] = await Promise.all([startAccount("Racer A"), startAccount("Racer B")]);
    const statuses = (await Promise.all([accept(a, codeOf(link)), accept(b, codeOf(link))])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 403]);
    expect((await memberNames(admin, orgId)).filter((n) => n.startsWith("Racer"))).toHaveLength(1);
  });

  it("an expired link is refused and adds nobody", async () => {
    const { orgId, admin } = acme;
    const invite = await inviteLink(admin, orgId, "interviewer", 1);
    await env.DB.prepare("update org_invite_links set expires_at = ? where id = ?").bind(Date.now() - 1, invite.id).run();
    const late = await startAccount("Late");
    expect(await errorOf(await accept(late, codeOf(invite.link)))).toMatchObject({ status: 403, message: expect.stringContaining("expired") });
    expect(await memberNames(admin, orgId)).not.toContain("Late");
  });

  it("a revoked link is refused; revoking twice is harmless; a used link cannot be revoked", async () => {
    const { orgId, admin, interviewer } = acme;
    const invite = await inviteLink(admin, orgId, "admin");
    expect((await callAs(interviewer, "revokeOrgInvite", { orgId, inviteId: invite.id })).status).toBe(403);
    const revoked = await callAs(admin, "revokeOrgInvite", { orgId, inviteId: invite.id });
    expect(revoked.status).toBe(200);
    const { revokedAt } = ROUTE_BODIES.revokeOrgInvite.response.parse(await revoked.json());
    const again = ROUTE_BODIES.revokeOrgInvite.response.parse(await (await callAs(admin, "revokeOrgInvite", { orgId, inviteId: invite.id })).json());
    expect(again.revokedAt).toBe(revokedAt);
    const mallory = await startAccount("Mallory");
    expect(await errorOf(await accept(mallory, codeOf(invite.link)))).toMatchObject({ status: 403, message: expect.stringContaining("revoked") });
    expect(await memberNames(admin, orgId)).not.toContain("Mallory");

    const used = await inviteLink(admin, orgId, "reviewer");
    await accept(await startAccount("Uma"), codeOf(used.link));
    expect((await callAs(admin, "revokeOrgInvite", { orgId, inviteId: used.id })).status).toBe(409);
    expect((await callAs(admin, "revokeOrgInvite", { orgId, inviteId: crypto.randomUUID() })).status).toBe(404);
  });

  it("another organisation's admin cannot revoke or list this one's links", async () => {
    const other = await team("Other");
    const invite = await inviteLink(acme.admin, acme.orgId, "interviewer");
    expect((await callAs(other.admin, "revokeOrgInvite", { orgId: acme.orgId, inviteId: invite.id })).status).toBe(404);
    expect((await callAs(other.admin, "revokeOrgInvite", { orgId: other.orgId, inviteId: invite.id })).status).toBe(404);
    expect((await callAs(other.admin, "orgInvites", { orgId: acme.orgId })).status).toBe(404);
    expect((await accept(await startAccount("Still works"), codeOf(invite.link))).status).toBe(200);
  });

  it("a forged secret, a malformed code, or an oversize body is refused and nothing is written", async () => {
    const { orgId, admin } = acme;
    const invite = await inviteLink(admin, orgId, "admin");
    const eve = await startAccount("Eve");
    const forged = `${invite.id}.${"A".repeat(43)}`;
    expect(await errorOf(await accept(eve, forged))).toMatchObject({ status: 404, code: "not_found" });
    for (const bad of ["", invite.id, `${invite.id}.short`, `../${invite.id}.${"A".repeat(43)}`, 42, null]) {
      expect((await callAs(eve, "acceptOrgInvite", {}, { invite: bad })).status, JSON.stringify(bad)).toBe(400);
    }
    expect((await callAs(eve, "acceptOrgInvite", {}, { invite: codeOf(invite.link), role: "admin" })).status).toBe(400);
    expect((await callAs(eve, "acceptOrgInvite", {}, { invite: codeOf(invite.link), pad: "x".repeat(20_000) })).status).toBe(413);
    expect(await memberNames(admin, orgId)).not.toContain("Eve");
    // The genuine link was not spent by any of that.
    expect((await accept(eve, codeOf(invite.link))).status).toBe(200);
  });

  it("a member opening a link is told they already are one, and the link stays unused", async () => {
    const { orgId, admin, reviewer } = acme;
    const invite = await inviteLink(admin, orgId, "admin");
    expect(await errorOf(await accept(reviewer, codeOf(invite.link)))).toMatchObject({ status: 409, code: "conflict" });
    const org = ROUTE_BODIES.org.response.parse(await (await callAs(reviewer, "org", { orgId })).json());
    expect(org.role).toBe("reviewer");
    const list = ROUTE_BODIES.orgInvites.response.parse(await (await callAs(admin, "orgInvites", { orgId })).json());
    expect(list.invites.find((i) => i.id === invite.id)?.usedAt).toBeNull();
  });

  it("creating a link: a role and 1 to 168 hours, nothing else", async () => {
    const { orgId, admin } = acme;
    for (const body of [{}, { role: "owner" }, { role: "admin", ttlHours: 0 }, { role: "admin", ttlHours: 169 }, { role: "admin", ttlHours: 1.5 }, { role: "admin", extra: 1 }]) {
      expect((await callAs(admin, "createOrgInvite", { orgId }, body)).status, JSON.stringify(body)).toBe(400);
    }
    const count = async () => ROUTE_BODIES.orgInvites.response.parse(await (await callAs(admin, "orgInvites", { orgId })).json()).invites.length;
    const before = await count();
    for (const body of [{}, { role: "owner" }, { role: "admin", ttlHours: 0 }]) await callAs(admin, "createOrgInvite", { orgId }, body);
    expect(await count()).toBe(before);
    const week = await inviteLink(admin, orgId, "interviewer", 168);
    expect(week.expiresAt - Date.now()).toBeGreaterThan(167.9 * 3_600_000);
    expect(await count()).toBe(before + 1);
  });

  it("joining needs an account", async () => {
    const { orgId, admin } = acme;
    const invite = await inviteLink(admin, orgId, "admin");
    expect((await callAs(null, "acceptOrgInvite", {}, { invite: codeOf(invite.link) })).status).toBe(401);
    expect((await accept(await startAccount("Later"), codeOf(invite.link))).status).toBe(200);
  });
});
