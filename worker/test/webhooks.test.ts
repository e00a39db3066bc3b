/**
 * Organisation webhooks end to end: an admin registers a real local receiver, the organisation's
 * rooms are created, joined and ended, and the receiver gets each event signed; a failing receiver
 * is retried by the organisation's Durable Object's alarm, and the delivery log shows every attempt.
 */
import { env, runDurableObjectAlarm } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { CreateRoomResponse } from "../../contracts/api";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { pathTo, ROUTES } from "../../contracts/routes";
import { type Delivery, OrgEventSchema, WEBHOOK_HEADERS } from "../../contracts/webhooks";
import { asAccount, createOrgAs, startAccount, type TestAccount } from "./accounts";
import { call, join } from "./api";
import { eventually, received, receiverUrl, verifySignature } from "./webhook-receiver";

const EVERY_EVENT = ["room.created", "candidate.joined", "room.ended", "scorecard.submitted"];

async function adminWithOrg() {
  const admin = await startAccount("Ada");
  const org = await createOrgAs(admin, `Hiring ${crypto.randomUUID().slice(0, 8)}`);
  return { admin, org };
}

async function createWebhook(admin: TestAccount, orgId: string, url: string, events = EVERY_EVENT): Promise<ResponseBody<"createWebhook">> {
  const res = await asAccount(admin, pathTo(ROUTES.createWebhook, { orgId }), { body: { url, events } });
  expect(res.status, await res.clone().text()).toBe(201);
  return ROUTE_BODIES.createWebhook.response.parse(await res.json());
}

async function orgRoom(admin: TestAccount, orgId: string, title = "Backend screen"): Promise<CreateRoomResponse> {
  const res = await asAccount(admin, pathTo(ROUTES.createRoom), { body: { title, orgId } });
  expect(res.status, await res.clone().text()).toBe(201);
  return res.json();
}

async function deliveries(admin: TestAccount, orgId: string): Promise<Delivery[]> {
  const res = await asAccount(admin, pathTo(ROUTES.webhookDeliveries, { orgId }));
  expect(res.status).toBe(200);
  return ROUTE_BODIES.webhookDeliveries.response.parse(await res.json()).deliveries;
}

describe("an organisation's webhooks", () => {
  it("a receiver gets room created, candidate joined and room ended, each signed with the endpoint's secret and key id", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl();
    const { endpoint, secret } = await createWebhook(admin, org.id, hook.url);

    const room = await orgRoom(admin, org.id);
    await join(room, "spectator", "Sam"); // not an event
    await join(room, "candidate", "Cam");
    const interviewer = await join(room, "interviewer", "Ivy");
    expect((await call(pathTo(ROUTES.end, { roomId: room.roomId }), { method: "POST", token: interviewer.token })).status).toBe(200);

    const got = await eventually(() => received(hook.name), (r) => r.length >= 3);
    const events = got.map((r) => OrgEventSchema.parse(JSON.parse(r.body)));
    expect(events.map((e) => e.type).sort()).toEqual(["candidate.joined", "room.created", "room.ended"]);
    for (const [i, r] of got.entries()) {
      expect(r.headers[WEBHOOK_HEADERS.event.toLowerCase()]).toBe(events[i].type);
      expect(r.headers["content-type"]).toBe("application/json");
      const { kid } = await verifySignature(r.headers[WEBHOOK_HEADERS.signature.toLowerCase()], secret, r.body);
      expect(kid).toBe(endpoint.keyId);
      expect(events[i]).toMatchObject({ orgId: org.id, data: { roomId: room.roomId, title: "Backend screen" } });
    }
    const byType = Object.fromEntries(events.map((e) => [e.type, e]));
    expect(byType["room.created"].data).toMatchObject({ createdBy: { userId: admin.userId, name: "Ada" } });
    expect(byType["candidate.joined"].data).toMatchObject({ candidate: { name: "Cam" } });
    expect(byType["room.ended"].data).toMatchObject({ endedBy: { name: "Ivy" }, reason: "ended" });

    // The log: one delivered row per event, its id the Duet-Delivery header, newest first.
    const log = await eventually(() => deliveries(admin, org.id), (l) => l.length === 3 && l.every((d) => d.status === "delivered"));
    expect(new Set(log.map((d) => d.id))).toEqual(new Set(got.map((r) => r.headers[WEBHOOK_HEADERS.delivery.toLowerCase()])));
    expect(log.map((d) => d.createdAt)).toEqual([...log.map((d) => d.createdAt)].sort((a, b) => b - a));
    for (const d of log) {
      expect(d).toMatchObject({ endpointId: endpoint.id, url: hook.url, attempts: 1, lastHttpStatus: 200, lastError: null, nextAttemptAt: null });
      expect(d.deliveredAt).toBeTypeOf("number");
      expect(d.history).toEqual([expect.objectContaining({ httpStatus: 200, error: null })]);
    }
    // The secret was shown once: the endpoint list never carries it.
    const list = await asAccount(admin, pathTo(ROUTES.webhooks, { orgId: org.id }));
    const listed = ROUTE_BODIES.webhooks.response.parse(await list.json());
    expect(listed.endpoints).toEqual([endpoint]);
    expect(JSON.stringify(listed)).not.toContain(secret);
  });

  it("an endpoint gets only the events it subscribed to", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl();
    await createWebhook(admin, org.id, hook.url, ["room.ended"]);
    const room = await orgRoom(admin, org.id);
    await join(room, "candidate", "Cam");
    const interviewer = await join(room, "interviewer", "Ivy");
    await call(pathTo(ROUTES.end, { roomId: room.roomId }), { method: "POST", token: interviewer.token });
    const got = await eventually(() => received(hook.name), (r) => r.length >= 1);
    expect(got.map((r) => JSON.parse(r.body).type)).toEqual(["room.ended"]);
    expect((await deliveries(admin, org.id)).map((d) => d.event)).toEqual(["room.ended"]);
  });

  it("a room of the organisation that expires is a room.ended too, sent by the room itself as it goes", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl();
    const { secret } = await createWebhook(admin, org.id, hook.url, ["room.ended"]);
    const room = await orgRoom(admin, org.id, "Expiring screen");
    // Its expiry comes due now (extend moves it, as the Worker does): the room's alarm ends it.
    const stub = env.ROOM.get(env.ROOM.idFromName(room.roomId));
    await stub.extend(Date.now() - 1);
    await runDurableObjectAlarm(stub); // a past alarm may already have run: either way it ran

    const [got] = await eventually(() => received(hook.name), (r) => r.length >= 1);
    await verifySignature(got.headers[WEBHOOK_HEADERS.signature.toLowerCase()], secret, got.body);
    expect(OrgEventSchema.parse(JSON.parse(got.body))).toMatchObject({
      type: "room.ended", orgId: org.id, data: { roomId: room.roomId, title: "Expiring screen", endedBy: { name: "Duet" }, reason: "expired" },
    });
  });

  it("a receiver that fails twice (500) is retried by the alarm, and the third attempt delivers", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl("fail=2");
    const { secret } = await createWebhook(admin, org.id, hook.url, ["room.created"]);
    await orgRoom(admin, org.id);

    const [d] = await eventually(() => deliveries(admin, org.id), (l) => l[0]?.status === "delivered");
    expect(d).toMatchObject({ event: "room.created", attempts: 3, lastHttpStatus: 200, lastError: null, nextAttemptAt: null });
    expect(d.history.map((a) => [a.httpStatus, a.error])).toEqual([[500, "HTTP 500"], [500, "HTTP 500"], [200, null]]);
    // Backed off: the retries came at least 10 ms and 40 ms after the failures (the test's base is 10 ms).
    expect(d.history[1].at - d.history[0].at).toBeGreaterThanOrEqual(10);
    expect(d.history[2].at - d.history[1].at).toBeGreaterThanOrEqual(40);

    const got = await received(hook.name);
    expect(got.map((r) => r.answered)).toEqual([500, 500, 200]);
    // The same delivery each time, signed afresh each time.
    expect(new Set(got.map((r) => r.headers[WEBHOOK_HEADERS.delivery.toLowerCase()]))).toEqual(new Set([d.id]));
    for (const r of got) await verifySignature(r.headers[WEBHOOK_HEADERS.signature.toLowerCase()], secret, r.body);
  });

  it("a receiver that always fails is given up on after six attempts, and the log says failed", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl("fail=always");
    await createWebhook(admin, org.id, hook.url, ["room.created"]);
    await orgRoom(admin, org.id);

    // The later retries wait 1.2 s and 7.2 s here: bring each due now and run the alarm, as time would.
    const stub = env.ORG_EVENTS.get(env.ORG_EVENTS.idFromName(org.id));
    const [d] = await eventually(async () => {
      const log = await deliveries(admin, org.id);
      if (log[0]?.status === "pending" && (log[0].nextAttemptAt ?? 0) > Date.now() + 100) {
        await env.DB.prepare("UPDATE webhook_deliveries SET next_attempt_at = ? WHERE id = ? AND status = 'pending'").bind(Date.now(), log[0].id).run();
        await runDurableObjectAlarm(stub);
      }
      return log;
    }, (l) => l[0]?.status === "failed");
    expect(d).toMatchObject({ attempts: 6, lastHttpStatus: 500, lastError: "HTTP 500", nextAttemptAt: null, deliveredAt: null });
    expect(d.history).toHaveLength(6);
    expect((await received(hook.name)).map((r) => r.answered)).toEqual([500, 500, 500, 500, 500, 500]);
    // Nothing left to send: the organisation's alarm is cleared.
    expect(await runDurableObjectAlarm(stub)).toBe(false);
  });

  it("a redirect is not followed: the attempt fails with the 3xx and the redirect's target gets nothing", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl("redirect=1");
    await createWebhook(admin, org.id, hook.url, ["room.created"]);
    await orgRoom(admin, org.id);
    const [d] = await eventually(() => deliveries(admin, org.id), (l) => (l[0]?.attempts ?? 0) >= 1);
    expect(d.history[0]).toMatchObject({ httpStatus: 302, error: "redirected (HTTP 302), not followed" });
    expect(await received(`${hook.name}-redirected`)).toEqual([]);
  });

  it("a receiver that hangs does not slow the room, and is given up on after 10 s", async () => {
    const { admin, org } = await adminWithOrg();
    const hook = receiverUrl("hang=1");
    await createWebhook(admin, org.id, hook.url, ["room.created"]);
    const started = Date.now();
    await orgRoom(admin, org.id);
    expect(Date.now() - started).toBeLessThan(2_000);
    await eventually(() => received(hook.name), (r) => r.length === 1); // the delivery is waiting on the receiver now
    const [d] = await eventually(() => deliveries(admin, org.id), (l) => (l[0]?.attempts ?? 0) >= 1, 20_000);
    expect(d.history[0]).toMatchObject({ httpStatus: null, error: "no answer within 10 s" });
    expect(d.history[0].durationMs).toBeGreaterThanOrEqual(9_000);
    expect(d.history[0].durationMs).toBeLessThan(14_000);
  });

  it("a receiver nobody answers at never slows or fails the room: the log says why the attempt failed", async () => {
    const { admin, org } = await adminWithOrg();
    await createWebhook(admin, org.id, "http://127.0.0.1:1/hooks", ["room.created"]); // port 1: connection refused
    const started = Date.now();
    await orgRoom(admin, org.id);
    expect(Date.now() - started).toBeLessThan(5_000);
    const [d] = await eventually(() => deliveries(admin, org.id), (l) => (l[0]?.attempts ?? 0) >= 1);
    expect(d).toMatchObject({ status: "pending", lastHttpStatus: null });
    expect(d.lastError).toMatch(/^could not connect/);
    expect(d.nextAttemptAt).toBeTypeOf("number");
  });
});
