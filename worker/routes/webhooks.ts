/**
 * Organisation webhooks (issue 13), for the organisation's admins: list, create and delete
 * endpoints (each change in the organisation's audit log), and read the delivery log. Sending is
 * the organisation's Durable Object's work (worker/org-events.ts hands it the events).
 */
import { type Context, Hono } from "hono";
import { isProduction } from "../../contracts/environment";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { RetryBaseError, retryBaseMs } from "../../contracts/webhook-retries";
import {
  DELIVERY_LOG_LIMIT, type Delivery, type DeliveryAttempt, type DeliveryStatus, MAX_WEBHOOK_ENDPOINTS, type OrgEventType, WEBHOOK_SECRET_PREFIX,
} from "../../contracts/webhooks";
import { orgAudit } from "../../data/orgs";
import { deliveryLog, disableWebhookEndpoint, insertWebhookEndpoint, webhookEndpoints } from "../../data/webhooks";
import type { AppEnv } from "../app-env";
import { randomSecret } from "../accounts/random-secret";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { smallBody } from "../middleware/body-cap";
import { actorOf, orgAccess } from "../middleware/org-access";
import { orgEventsStub } from "../org-events";
import { jsonBody } from "../validate";
import { webhookUrlRefusal } from "../webhook-url";

/** The signed-in admin of the route's organisation: 404 to a non-member (they learn nothing), 403 to another role. */
const orgAdmin = (c: Context<AppEnv>) => orgAccess(c, "manageOrganisation");

/** Names a secret in its signatures: public, so short. */
const newKeyId = () => `whk_${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("")}`;

export const webhooks = new Hono<AppEnv>()
  .on(ROUTES.webhooks.method, ROUTES.webhooks.path, signedIn(), async (c) => {
    const { d, orgId } = await orgAdmin(c);
    return c.json({ endpoints: await webhookEndpoints(d, orgId) } satisfies ResponseBody<"webhooks">);
  })

  .on(ROUTES.createWebhook.method, ROUTES.createWebhook.path, smallBody, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAdmin(c);
    const { url, events } = await jsonBody(c, ROUTE_BODIES.createWebhook.request);
    const refusal = webhookUrlRefusal(url, isProduction(c.env));
    if (refusal) throw new HttpError("bad_request", refusal);
    try {
      retryBaseMs(c.env.WEBHOOK_RETRY_BASE_MS, isProduction(c.env)); // deliveries could not be retried: take no endpoint
    } catch (e) {
      if (e instanceof RetryBaseError) throw new HttpError("internal", e.message);
      throw e;
    }
    if ((await webhookEndpoints(d, orgId)).length >= MAX_WEBHOOK_ENDPOINTS) {
      throw new HttpError("conflict", `an organisation has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints: delete one first`);
    }
    const endpoint = { id: crypto.randomUUID(), url: new URL(url).href, events, keyId: newKeyId(), createdAt: Date.now() };
    const secret = `${WEBHOOK_SECRET_PREFIX}${randomSecret()}`;
    await insertWebhookEndpoint(d, { ...endpoint, orgId, secret });
    await orgAudit(d, {
      orgId, actor: actorOf(me), action: "webhook.create",
      detail: { endpointId: endpoint.id, url: endpoint.url, events, keyId: endpoint.keyId },
    });
    return c.json({ endpoint, secret } satisfies ResponseBody<"createWebhook">, 201);
  })

  .on(ROUTES.deleteWebhook.method, ROUTES.deleteWebhook.path, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAdmin(c);
    const endpointId = c.req.param("endpointId");
    if (!(await disableWebhookEndpoint(d, orgId, endpointId))) throw new HttpError("not_found", "no such webhook endpoint in this organisation");
    await orgAudit(d, { orgId, actor: actorOf(me), action: "webhook.delete", detail: { endpointId } });
    return c.json({ deleted: endpointId } satisfies ResponseBody<"deleteWebhook">);
  })

  .on(ROUTES.webhookDeliveries.method, ROUTES.webhookDeliveries.path, signedIn(), async (c) => {
    const { d, orgId } = await orgAdmin(c);
    const rows = await deliveryLog(d, orgId, DELIVERY_LOG_LIMIT);
    const history: Record<string, DeliveryAttempt[]> = rows.length > 0 ? await orgEventsStub(c.env, orgId).history(rows.map((r) => r.id)) : {};
    const deliveries = rows.map(({ payload, event, status, lastStatus, ...r }): Delivery => ({
      ...r,
      eventId: (JSON.parse(payload) as { id: string }).id,
      event: event as OrgEventType,
      status: status as DeliveryStatus,
      lastHttpStatus: lastStatus,
      history: history[r.id] ?? [],
    }));
    return c.json({ deliveries } satisfies ResponseBody<"webhookDeliveries">);
  });
