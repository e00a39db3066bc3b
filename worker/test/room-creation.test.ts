/**
 * No anonymous rooms in production (issue 13): only a local server reached by a loopback name
 * (DUET_ENV=development), and the test environment, create rooms without signing in;
 * REQUIRE_SIGN_IN=1 refuses them locally too. A signed-in member or an organisation API key with
 * `rooms:create` creates rooms everywhere. A refusal writes nothing.
 */
import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { CSRF_HEADER, pathTo, ROUTES } from "../../contracts/routes";
import { createOrgAs, PAGE, startAccount } from "./accounts";
import { createKeyAs, revokeKeyAs } from "./api-keys";
import { fetchWith, PRODUCTION, type Vars } from "./with-vars";

const DEV: Vars = { DUET_ENV: "development" };
const roomCount = async () => (await env.DB.prepare("SELECT count(*) AS n FROM rooms").first<{ n: number }>())!.n;

async function create(vars: Vars, origin: string, headers: Record<string, string> = {}) {
  return fetchWith(vars, `${origin}${pathTo(ROUTES.createRoom)}`, {
    method: "POST", body: JSON.stringify({ title: "anon" }), headers: { "Content-Type": "application/json", ...headers },
  });
}

describe("anonymous room creation", () => {
  it("production refuses it with 401 and writes no room, whatever the client claims", async () => {
    const before = await roomCount();
    const claims: Record<string, string>[] = [{}, { Host: "localhost" }, { "CF-Connecting-IP": "127.0.0.1" }];
    for (const headers of claims) {
      const res = await create(PRODUCTION, "https://duet.example", headers);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ error: { code: "unauthorized", message: expect.stringMatching(/sign in/) } });
    }
    expect(await roomCount()).toBe(before);
  });

  it("a local development server creates rooms when reached as localhost, 127.0.0.1 or [::1]", async () => {
    for (const origin of ["http://localhost:8787", "http://127.0.0.1:8787", "http://[::1]:8787"]) {
      expect((await create(DEV, origin)).status, origin).toBe(201);
    }
  });

  it("a development server reached by any other name refuses, and so does REQUIRE_SIGN_IN=1", async () => {
    const before = await roomCount();
    const lan = await create(DEV, "http://192.168.1.20:8787");
    expect(lan.status).toBe(401);
    expect(await lan.json()).toMatchObject({ error: { message: expect.stringMatching(/local server only/) } });
    const required = await create({ ...DEV, REQUIRE_SIGN_IN: "1" }, "http://localhost:8787");
    expect(required.status).toBe(401);
    expect(await required.json()).toMatchObject({ error: { message: expect.stringMatching(/REQUIRE_SIGN_IN/) } });
    expect((await create({ REQUIRE_SIGN_IN: "1" }, "http://duet.test")).status).toBe(401); // the test environment too
    expect(await roomCount()).toBe(before);
  });
});

describe("room creation when sign-in is required", () => {
  const REQUIRED: Vars = { REQUIRE_SIGN_IN: "1" };

  it("REQUIRE_SIGN_IN=1: anonymous 401, a member's 201, an API key's 201, a revoked key's 401", async () => {
    const ada = await startAccount("Ada");
    const { id: orgId } = await createOrgAs(ada, "Acme");
    const { id: keyId, key } = await createKeyAs(ada, orgId, ["rooms:create"]);

    expect((await create(REQUIRED, PAGE)).status).toBe(401);
    expect((await create(REQUIRED, PAGE, { Cookie: ada.cookie, Origin: PAGE, [CSRF_HEADER]: "1" })).status).toBe(201);
    expect((await create(REQUIRED, "http://ats.test", { Authorization: `Bearer ${key}` })).status).toBe(201);
    await revokeKeyAs(ada, orgId, keyId);
    const before = await roomCount();
    const revoked = await create(REQUIRED, "http://ats.test", { Authorization: `Bearer ${key}` });
    expect(revoked.status).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: { code: "unauthorized", message: expect.stringMatching(/revoked/) } });
    expect(await roomCount()).toBe(before);
  });

  it("production takes an API key: the links it answers are the deployment's, for the applicant-tracking system to hand on", async () => {
    const ada = await startAccount("Ada");
    const { id: orgId } = await createOrgAs(ada, "Acme");
    const { key } = await createKeyAs(ada, orgId, ["rooms:create"]);
    const res = await create(PRODUCTION, "https://duet.example", { Authorization: `Bearer ${key}` });
    expect(res.status).toBe(201);
    const { links } = (await res.json()) as { links: Record<string, string> };
    expect(links.interviewer).toMatch(/^https:\/\/duet\.example\/r\/[0-9a-f]+#token=/);
  });
});
