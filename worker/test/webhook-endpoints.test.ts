/**
 * Who manages an organisation's webhook endpoints (its admins), where they may point (https and a
 * public host in production; loopback too in development and tests), and what bad input gets:
 * a clear error, and nothing written.
 */
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { OrgRole } from "../../contracts/accounts";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { CSRF_HEADER, pathTo, ROUTES } from "../../contracts/routes";
import { db } from "../../data/db";
import * as schema from "../../data/schema";
import { asAccount, cookieFrom, createOrgAs, startAccount, type TestAccount } from "./accounts";
import { eventually, received, receiverUrl } from "./webhook-receiver";
import { fetchWith, PRODUCTION } from "./with-vars";

async function adminWithOrg() {
  const admin = await startAccount("Ada");
  const org = await createOrgAs(admin, `Hiring ${crypto.randomUUID().slice(0, 8)}`);
  return { admin, org };
}

async function member(orgId: string, role: OrgRole): Promise<TestAccount> {
  const who = await startAccount(`An ${role}`);
  await db(env.DB).insert(schema.members).values({ organizationId: orgId, userId: who.userId, role, createdAt: Date.now() });
  return who;
}

const endpointRows = (orgId: string) => db(env.DB).select().from(schema.webhookEndpoints).where(eq(schema.webhookEndpoints.organizationId, orgId));
const auditActions = async (orgId: string) =>
  (await db(env.DB).select().from(schema.orgAudit).where(eq(schema.orgAudit.organizationId, orgId))).map((r) => r.action);

async function errorOf(res: Response): Promise<{ status: number; message: string }> {
  return { status: res.status, message: ((await res.json()) as { error: { message: string } }).error.message };
}

describe("webhook endpoints", () => {
  it("an admin creates, lists and deletes an endpoint; each change is in the organisation's audit log", async () => {
    const { admin, org } = await adminWithOrg();
    const { url } = receiverUrl();
    const created = await asAccount(admin, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body: { url, events: ["room.created", "room.ended"] } });
    expect(created.status).toBe(201);
    const { endpoint, secret } = ROUTE_BODIES.createWebhook.response.parse(await created.json());
    expect(secret).toMatch(/^whsec_[\w-]{43}$/); // 32 random bytes
    expect(endpoint).toMatchObject({ url, events: ["room.created", "room.ended"] });
    expect(endpoint.keyId).toMatch(/^whk_/);

    const list = await asAccount(admin, pathTo(ROUTES.webhooks, { orgId: org.id }));
    expect(ROUTE_BODIES.webhooks.response.parse(await list.json()).endpoints).toEqual([endpoint]);

    const deleted = await asAccount(admin, pathTo(ROUTES.deleteWebhook, { orgId: org.id, endpointId: endpoint.id }), { method: "POST" });
    expect(ROUTE_BODIES.deleteWebhook.response.parse(await deleted.json())).toEqual({ deleted: endpoint.id });
    const after = await asAccount(admin, pathTo(ROUTES.webhooks, { orgId: org.id }));
    expect(ROUTE_BODIES.webhooks.response.parse(await after.json()).endpoints).toEqual([]);
    // Deleted once: again is a 404, and so is another organisation's endpoint.
    const again = await asAccount(admin, pathTo(ROUTES.deleteWebhook, { orgId: org.id, endpointId: endpoint.id }), { method: "POST" });
    expect(again.status).toBe(404);
    const other = await adminWithOrg();
    const foreign = await asAccount(other.admin, pathTo(ROUTES.deleteWebhook, { orgId: other.org.id, endpointId: endpoint.id }), { method: "POST" });
    expect(foreign.status).toBe(404);

    expect(await auditActions(org.id)).toEqual(["org.create", "webhook.create", "webhook.delete"]);
    expect(await auditActions(other.org.id)).toEqual(["org.create"]);
  });

  it("a deleted endpoint gets no more events, and what was still due to it is failed", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl("fail=always");
    const created = await asAccount(admin, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body: { url: hook.url, events: ["room.created"] } });
    const { endpoint } = ROUTE_BODIES.createWebhook.response.parse(await created.json());
    const log = async () => ROUTE_BODIES.webhookDeliveries.response.parse(await (await asAccount(admin, pathTo(ROUTES.webhookDeliveries, { orgId: org.id }))).json()).deliveries;
    await asAccount(admin, pathTo(ROUTES.createRoom), { body: { title: "Screen", orgId: org.id } });
    await eventually(log, (l) => (l[0]?.attempts ?? 0) >= 1); // failed once, retried soon

    await asAccount(admin, pathTo(ROUTES.deleteWebhook, { orgId: org.id, endpointId: endpoint.id }), { method: "POST" });
    const [failed] = await log();
    expect(failed).toMatchObject({ status: "failed", lastError: "endpoint deleted", nextAttemptAt: null });
    const sent = (await received(hook.name)).length;
    await asAccount(admin, pathTo(ROUTES.createRoom), { body: { title: "Another", orgId: org.id } });
    await new Promise((r) => setTimeout(r, 300)); // longer than the next retries would have waited
    expect(await log()).toHaveLength(1);
    expect((await received(hook.name)).length).toBeLessThanOrEqual(sent + 1); // at most one POST was already under way
  });

  it.each<OrgRole>(["interviewer", "reviewer"])("an %s of the organisation may not list, create or delete endpoints, nor read the log (403)", async (role) => {
    const { admin, org } = await adminWithOrg();
    const who = await member(org.id, role);
    const mine = await asAccount(admin, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body: { url: receiverUrl().url, events: ["room.created"] } });
    const { endpoint } = ROUTE_BODIES.createWebhook.response.parse(await mine.json());
    const body = { url: receiverUrl().url, events: ["room.created"] };
    expect((await asAccount(who, pathTo(ROUTES.webhooks, { orgId: org.id }))).status).toBe(403);
    expect((await asAccount(who, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body })).status).toBe(403);
    expect((await asAccount(who, pathTo(ROUTES.deleteWebhook, { orgId: org.id, endpointId: endpoint.id }), { method: "POST" })).status).toBe(403);
    expect((await asAccount(who, pathTo(ROUTES.webhookDeliveries, { orgId: org.id }))).status).toBe(403);
    expect((await endpointRows(org.id)).map((r) => [r.id, r.disabledAt])).toEqual([[endpoint.id, null]]);
  });

  it("a non-member learns nothing (404), and nobody signed in is told to sign in (401)", async () => {
    const { org } = await adminWithOrg();
    const stranger = await startAccount("Eve");
    const body = { url: receiverUrl().url, events: ["room.created"] };
    for (const who of [stranger, null]) {
      const expected = who ? 404 : 401;
      expect((await asAccount(who, pathTo(ROUTES.webhooks, { orgId: org.id }))).status).toBe(expected);
      expect((await asAccount(who, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body })).status).toBe(expected);
      expect((await asAccount(who, pathTo(ROUTES.webhookDeliveries, { orgId: org.id }))).status).toBe(expected);
    }
    expect(await endpointRows(org.id)).toEqual([]);
  });

  it.each([
    [{ events: ["room.created"] }, "url"],
    [{ url: "", events: ["room.created"] }, "url"],
    [{ url: "https://ats.example/hooks", events: [] }, "events"],
    [{ url: "https://ats.example/hooks", events: ["room.deleted"] }, "events.0"],
    [{ url: "https://ats.example/hooks", events: ["room.created", "room.created"] }, "each event at most once"],
    [{ url: "https://ats.example/hooks", events: ["room.created"], secret: "mine" }, "secret"],
    [{ url: `https://ats.example/${"a".repeat(2100)}`, events: ["room.created"] }, "url"],
    [{ url: "not a url", events: ["room.created"] }, "not an absolute URL"],
    [{ url: "ftp://ats.example/hooks", events: ["room.created"] }, "must be https"],
  ])("%j is refused (400, naming %s) and nothing is written", async (body, named) => {
    const { admin, org } = await adminWithOrg();
    const res = await asAccount(admin, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body });
    const error = await errorOf(res);
    expect(error.status).toBe(400);
    expect(error.message).toContain(named);
    expect(await endpointRows(org.id)).toEqual([]);
  });

  it("in tests and development, loopback may be plain http; nothing else private, nor plain http elsewhere", async () => {
    const { admin, org } = await adminWithOrg();
    const create = (url: string) => asAccount(admin, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body: { url, events: ["room.created"] } });
    for (const url of ["http://127.0.0.1:9/hooks", "http://localhost:9/hooks", "http://[::1]:9/hooks", "https://ats.example/hooks"]) {
      expect((await create(url)).status, url).toBe(201);
    }
    for (const url of ["http://ats.example/hooks", "https://10.1.2.3/hooks", "https://192.168.0.10/hooks", "https://printer.local/hooks"]) {
      expect((await create(url)).status, url).toBe(400);
    }
    expect(await endpointRows(org.id)).toHaveLength(4);
  });

  it("an organisation has at most 20 endpoints: the 21st is refused (409)", async () => {
    const { admin, org } = await adminWithOrg();
    const create = (i: number) => asAccount(admin, pathTo(ROUTES.createWebhook, { orgId: org.id }), { body: { url: `https://ats.example/${i}`, events: ["room.created"] } });
    for (let i = 0; i < 20; i++) expect((await create(i)).status).toBe(201);
    const refused = await errorOf(await create(20));
    expect(refused).toEqual({ status: 409, message: expect.stringContaining("at most 20") });
    expect(await endpointRows(org.id)).toHaveLength(20);
  });

  it("a silly WEBHOOK_RETRY_BASE_MS makes the Worker refuse new endpoints (500 naming it), writing nothing", async () => {
    const { admin, org } = await adminWithOrg();
    for (const WEBHOOK_RETRY_BASE_MS of ["0", "-5", "1.5", "soon", "99999999"]) {
      const vars = { DUET_ENV: "test", WEBHOOK_RETRY_BASE_MS };
      const res = await fetchWith(vars, `http://localhost${pathTo(ROUTES.createWebhook, { orgId: org.id })}`, {
        method: "POST", headers: { Cookie: admin.cookie, Origin: "http://localhost", [CSRF_HEADER]: "1", "Content-Type": "application/json" },
        body: JSON.stringify({ url: receiverUrl().url, events: ["room.created"] }),
      });
      const error = await errorOf(res);
      expect(error.status, WEBHOOK_RETRY_BASE_MS).toBe(500);
      expect(error.message).toContain("WEBHOOK_RETRY_BASE_MS");
    }
    expect(await endpointRows(org.id)).toEqual([]);
  });
});

describe("webhook endpoints in production", () => {
  const ORIGIN = PRODUCTION.PUBLIC_ORIGIN as string;
  // As deployed: production's own retry base (the suite's 10 ms is refused there).
  const vars = { ...PRODUCTION, WEBHOOK_RETRY_BASE_MS: "30000" };
  const inProduction = (path: string, cookie: string, body?: unknown) =>
    fetchWith(vars, `${ORIGIN}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: { Cookie: cookie, Origin: ORIGIN, [CSRF_HEADER]: "1", "Content-Type": "application/json", "CF-Connecting-IP": "203.0.113.9" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  async function productionAdmin(): Promise<{ cookie: string; orgId: string }> {
    const started = await inProduction("/api/auth/account/start", "", { name: "Ada" });
    expect(started.status).toBe(200);
    const cookie = cookieFrom(started);
    const org = await inProduction(pathTo(ROUTES.createOrg), cookie, { name: "Hiring" });
    expect(org.status).toBe(201);
    return { cookie, orgId: ((await org.json()) as { id: string }).id };
  }

  it.each([
    "http://ats.example/hooks",
    "https://localhost/hooks",
    "https://api.localhost/hooks",
    "https://127.0.0.1/hooks",
    "https://2130706433/hooks",
    "https://[::1]/hooks",
    "https://10.0.0.5/hooks",
    "https://172.20.1.1/hooks",
    "https://192.168.1.1/hooks",
    "https://169.254.169.254/latest/meta-data",
    "https://100.64.0.1/hooks",
    "https://0.0.0.0/hooks",
    "https://[fd00::1]/hooks",
    "https://[fe80::1]/hooks",
    "https://[::ffff:7f00:1]/hooks",
    "https://printer.local/hooks",
    "https://db.internal/hooks",
    "https://router.home.arpa/hooks",
    "https://intranet/hooks",
    "https://user:pass@ats.example/hooks",
  ])("%s is refused (400), nothing written", async (url) => {
    const { cookie, orgId } = await productionAdmin();
    const res = await inProduction(pathTo(ROUTES.createWebhook, { orgId }), cookie, { url, events: ["room.created"] });
    expect(res.status, await res.clone().text()).toBe(400);
    expect(await endpointRows(orgId)).toEqual([]);
  });

  it("a retry base below a second, fine in tests, is refused in production (500 naming it)", async () => {
    const { cookie, orgId } = await productionAdmin();
    const tooQuick = { ...vars, WEBHOOK_RETRY_BASE_MS: "10" };
    const res = await fetchWith(tooQuick, `${ORIGIN}${pathTo(ROUTES.createWebhook, { orgId })}`, {
      method: "POST", headers: { Cookie: cookie, Origin: ORIGIN, [CSRF_HEADER]: "1", "Content-Type": "application/json", "CF-Connecting-IP": "203.0.113.9" },
      body: JSON.stringify({ url: "https://ats.example/hooks", events: ["room.created"] }),
    });
    expect(await errorOf(res)).toEqual({ status: 500, message: expect.stringContaining("from 1000 to 3600000") });
    expect(await endpointRows(orgId)).toEqual([]);
  });

  it("an https URL of a public host is taken", async () => {
    const { cookie, orgId } = await productionAdmin();
    const res = await inProduction(pathTo(ROUTES.createWebhook, { orgId }), cookie, { url: "https://ats.example.com:8443/duet/hooks", events: ["room.created"] });
    expect(res.status, await res.clone().text()).toBe(201);
    expect((await db(env.DB).select().from(schema.webhookEndpoints).where(and(eq(schema.webhookEndpoints.organizationId, orgId)))).map((r) => r.url))
      .toEqual(["https://ats.example.com:8443/duet/hooks"]);
  });
});
