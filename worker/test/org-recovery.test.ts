/**
 * Account recovery without e-mail: an admin resets a member's sign-in — their passkeys and sessions
 * go, signed out everywhere — and hands them a one-time link that signs them in once, to register a
 * new passkey. An admin who does not run every organisation of that member cannot take it over.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MeResponseSchema } from "../../contracts/accounts";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { asAccount, cookieFrom, type TestAccount } from "./accounts";
import { accept, callAs, codeOf, inviteLink, member, team } from "./org-team";

const RECOVER = "/api/auth/account/recover";

async function addPasskey(who: TestAccount): Promise<void> {
  await env.DB.prepare(
    "insert into passkeys (id, name, public_key, user_id, credential_id, counter, device_type, backed_up, created_at) values (?, 'Laptop', 'pk', ?, ?, 0, 'singleDevice', 0, ?)",
  ).bind(crypto.randomUUID(), who.userId, crypto.randomUUID(), Date.now()).run();
}

const passkeyCount = async (who: TestAccount) =>
  (await env.DB.prepare("select count(*) as n from passkeys where user_id = ?").bind(who.userId).first<{ n: number }>())?.n;

async function signedInAs(who: TestAccount): Promise<string | null> {
  return MeResponseSchema.parse(await (await callAs(who, "me", {})).json()).user?.id ?? null;
}

function reset(admin: TestAccount, orgId: string, who: TestAccount) {
  return callAs(admin, "resetMemberSignIn", { orgId, userId: who.userId });
}

async function resetLink(admin: TestAccount, orgId: string, who: TestAccount) {
  const res = await reset(admin, orgId, who);
  expect(res.status).toBe(200);
  return ROUTE_BODIES.resetMemberSignIn.response.parse(await res.json());
}

const codeOfRecovery = (link: string) => new URL(link).hash.slice(1);
const recover = (code: unknown) => asAccount(null, RECOVER, { body: { code } });

describe("resetting a member's sign-in", () => {
  it("signs the member out everywhere, deletes their passkeys, and gives a link that signs them in once", async () => {
    const { orgId, admin } = await team();
    const tom = await member(admin, orgId, "interviewer", "Tom");
    await addPasskey(tom);
    expect(await signedInAs(tom)).toBe(tom.userId);

    const body = await resetLink(admin, orgId, tom);
    expect(body).toMatchObject({ userId: tom.userId, passkeysDeleted: 1, sessionsEnded: 1 });
    const link = new URL(body.link);
    expect(link.pathname).toBe("/recover");
    expect(body.expiresAt - Date.now()).toBeGreaterThan(23.9 * 3_600_000);
    expect(await passkeyCount(tom)).toBe(0);
    expect(await signedInAs(tom)).toBeNull();
    // Only a hash of the code is kept.
    const stored = await env.DB.prepare("select identifier, value from auth_verifications where value = ?").bind(tom.userId).all();
    expect(JSON.stringify(stored.results)).not.toContain(codeOfRecovery(body.link));

    const first = await recover(codeOfRecovery(body.link));
    expect(first.status).toBe(200);
    const recovered = { ...tom, cookie: cookieFrom(first) };
    expect(await signedInAs(recovered)).toBe(tom.userId);
    // Still a member, with the same role, and able to work.
    const org = ROUTE_BODIES.org.response.parse(await (await callAs(recovered, "org", { orgId })).json());
    expect(org.role).toBe("interviewer");

    const second = await recover(codeOfRecovery(body.link));
    expect(second.status).toBe(400);
    expect(second.headers.getSetCookie().some((c) => c.startsWith("duet.session_token=") && !c.startsWith("duet.session_token=;"))).toBe(false);

    const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(admin, "orgAudit", { orgId })).json());
    expect(audit.entries.find((e) => e.action === "member.reset_sign_in")).toMatchObject({ actor: { userId: admin.userId }, detail: { userId: tom.userId } });
  });

  it("an expired code, a replaced code, and a made-up or malformed one sign nobody in", async () => {
    const { orgId, admin } = await team();
    const tom = await member(admin, orgId, "reviewer", "Tom");
    const old = (await resetLink(admin, orgId, tom)).link;
    const newer = (await resetLink(admin, orgId, tom)).link;
    expect((await recover(codeOfRecovery(old))).status).toBe(400);

    await env.DB.prepare("update auth_verifications set expires_at = ? where value = ?").bind(Date.now() - 1, tom.userId).run();
    expect((await recover(codeOfRecovery(newer))).status).toBe(400);

    for (const bad of ["A".repeat(43), "short", "", 7, null]) expect((await recover(bad)).status, String(bad)).toBe(400);
    expect((await asAccount(null, RECOVER, { body: { code: "A".repeat(43), userId: tom.userId } })).status).toBe(400);
  });

  it("is refused (409) while the member belongs to an organisation the admin does not run, and nothing changes", async () => {
    const acme = await team("Acme");
    const other = await team("Other");
    const tom = await member(acme.admin, acme.orgId, "interviewer", "Tom");
    await addPasskey(tom);
    // Tom also works for Other, where Acme's admin is only an interviewer.
    await accept(tom, codeOf((await inviteLink(other.admin, other.orgId, "interviewer")).link));
    await accept(acme.admin, codeOf((await inviteLink(other.admin, other.orgId, "interviewer")).link));

    const refused = await reset(acme.admin, acme.orgId, tom);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/not an admin/);
    expect(await passkeyCount(tom)).toBe(1);
    expect(await signedInAs(tom)).toBe(tom.userId);

    // Once Acme's admin runs Other too, the reset goes through, and both organisations' logs say so.
    await callAs(other.admin, "setMemberRole", { orgId: other.orgId, userId: acme.admin.userId }, { role: "admin" });
    await resetLink(acme.admin, acme.orgId, tom);
    for (const orgId of [acme.orgId, other.orgId]) {
      const audit = ROUTE_BODIES.orgAudit.response.parse(await (await callAs(acme.admin, "orgAudit", { orgId })).json());
      expect(audit.entries.some((e) => e.action === "member.reset_sign_in" && e.detail?.userId === tom.userId), orgId).toBe(true);
    }
  });

  it("a member of another organisation, or nobody, cannot be reset from here", async () => {
    const acme = await team("Acme");
    const other = await team("Other");
    expect((await reset(acme.admin, acme.orgId, other.interviewer)).status).toBe(404);
    expect(await signedInAs(other.interviewer)).toBe(other.interviewer.userId);
  });
});

