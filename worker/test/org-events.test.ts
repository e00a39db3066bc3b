/**
 * The organisation's Durable Object on its own: it takes only well-formed events, queues nothing
 * for an organisation without endpoints, keeps its one alarm at the earliest pending delivery,
 * and clears it when nothing is left to send.
 */
import { env, runDurableObjectAlarm, runInDurableObject } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { OrgEvent } from "../../contracts/webhooks";
import { db } from "../../data/db";
import * as schema from "../../data/schema";
import { disableWebhookEndpoint, insertWebhookEndpoint } from "../../data/webhooks";
import { eventually, receiverUrl } from "./webhook-receiver";

async function org(endpointUrls: string[]) {
  const orgId = crypto.randomUUID();
  const d = db(env.DB);
  await d.insert(schema.organizations).values({ id: orgId, name: "Hiring", createdAt: Date.now() });
  const endpointIds: string[] = [];
  for (const url of endpointUrls) {
    const id = crypto.randomUUID();
    await insertWebhookEndpoint(d, { id, orgId, url, events: ["room.created"], keyId: "whk_test", secret: "whsec_test", createdAt: Date.now() });
    endpointIds.push(id);
  }
  return { orgId, endpointIds, stub: env.ORG_EVENTS.get(env.ORG_EVENTS.idFromName(orgId)) };
}

const roomCreated = (orgId: string): OrgEvent => ({
  id: `evt_${crypto.randomUUID()}`, type: "room.created", createdAt: Date.now(), orgId,
  data: { roomId: "r1", title: "Screen", createdBy: { userId: "u1", name: "Ada" }, expiresAt: Date.now() + 3600_000 },
});

const rows = (orgId: string) => db(env.DB).select().from(schema.webhookDeliveries).where(eq(schema.webhookDeliveries.organizationId, orgId));
const alarmOf = (stub: DurableObjectStub) => runInDurableObject(stub, (_, state) => state.storage.getAlarm());

describe("OrgEvents", () => {
  it("refuses a malformed event and writes nothing", async () => {
    const { orgId, stub } = await org([receiverUrl().url]);
    const bad = [
      { ...roomCreated(orgId), type: "room.deleted" },
      { ...roomCreated(orgId), data: { roomId: "r1" } },
      { ...roomCreated(orgId), extra: true },
    ];
    for (const event of bad) {
      let refused: unknown = null;
      try {
        await stub.emit(event as unknown as OrgEvent);
      } catch (e) {
        refused = e;
      }
      expect(String(refused)).toContain("ZodError");
    }
    expect(await rows(orgId)).toEqual([]);
    expect(await alarmOf(stub)).toBeNull();
  });

  it("an organisation without endpoints queues nothing and sets no alarm", async () => {
    const { orgId, stub } = await org([]);
    expect(await stub.emit(roomCreated(orgId))).toBe(0);
    expect(await rows(orgId)).toEqual([]);
    expect(await alarmOf(stub)).toBeNull();
  });

  it("keeps its alarm at the earliest pending delivery, and clears it once none is left", async () => {
    const { orgId, endpointIds, stub } = await org([receiverUrl("fail=always").url]);
    expect(await stub.emit(roomCreated(orgId))).toBe(1);
    // After the fourth failure the next try is 1.2–1.44 s away (the tests' base is 10 ms): time to look.
    const [pending] = await eventually(() => rows(orgId), (r) => r[0]?.attempts === 4 && r[0].nextAttemptAt !== null);
    expect(pending.status).toBe("pending");
    expect(await alarmOf(stub)).toBe(pending.nextAttemptAt);

    await disableWebhookEndpoint(db(env.DB), orgId, endpointIds[0]); // nothing pending any more
    expect(await runDurableObjectAlarm(stub)).toBe(true);
    expect(await alarmOf(stub)).toBeNull();
    expect((await rows(orgId)).map((r) => [r.status, r.attempts])).toEqual([["failed", 4]]);
  });
});
