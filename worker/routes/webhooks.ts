/**
 * Organisation webhooks (issue 13), for the organisation's admins: list, create and delete
 * endpoints (each change in the organisation's audit log), and read the delivery log. Sending is
 * the organisation's Durable Object's work (worker/org-events.ts hands it the events).
 */
import { type Context, Hono } from "hono";
import { can } from "../../contracts/accounts";
import { isProduction } from "../../contracts/environment";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { RetryBaseError, retryBaseMs } from "../../contracts/webhook-retries";
import {
  DELIVERY_LOG_LIMIT, type Delivery, type DeliveryAttempt, type DeliveryStatus, MAX_WEBHOOK_ENDPOINTS, type OrgEventType, WEBHOOK_SECRET_PREFIX,
} from "../../contracts/webhooks";
import { db } from "../../data/db";
import { orgAudit, roleIn } from "../../data/orgs";
import { deliveryLog, disableWebhookEndpoint, insertWebhookEndpoint, webhookEndpoints } from "../../data/webhooks";
import type { AppEnv, SignedInAccount } from "../app-env";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { smallBody } from "../middleware/body-cap";
import { orgEventsStub } from "../org-events";
import { jsonBody } from "../validate";
import { webhookUrlRefusal } from "../webhook-url";

/** The signed-in admin of the route's organisation: 404 to a non-member (they learn nothing), 403 to another role. */
async function orgAdmin(c: Context<AppEnv>): Promise<{ me: SignedInAccount; orgId: string }> {
  const me = c.get("account");
  if (!me) throw new HttpError("unauthorized", "sign in first");
  const orgId = c.req.param("orgId") ?? "";
  const role = await roleIn(db(c.env.DB), orgId, me.userId);
  if (!role) throw new HttpError("not_found", "no such organisation");
  if (!can(role, "manageOrganisation")) throw new HttpError("forbidden", "only the organisation's admins manage its webhooks");
  return { me, orgId };
}

const hex = (bytes: number) => Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, "0")).join("");

export const webhooks = new Hono<AppEnv>()
  .on(ROUTES.webhooks.method, ROUTES.webhooks.path, signedIn(), async (c) => {
    const { orgId } = await orgAdmin(c);
    return c.json({ endpoints: await webhookEndpoints(db(c.env.DB), orgId) } satisfies ResponseBody<"webhooks">);
  })

  .on(ROUTES.createWebhook.method, ROUTES.createWebhook.path, smallBody, signedIn(), async (c) => {
    const { me, orgId } = await orgAdmin(c);
    const { url, events } = await jsonBody(c, ROUTE_BODIES.createWebhook.request);
    const refusal = webhookUrlRefusal(url, isProduction(c.env));
    if (refusal) throw new HttpError("bad_request", refusal);
    try {
      retryBaseMs(c.env.WEBHOOK_RETRY_BASE_MS, isProduction(c.env)); // deliveries could not be retried: take no endpoint
    } catch (e) {
      if (e instanceof RetryBaseError) throw new HttpError("internal", e.message);
      throw e;
    }
    const d = db(c.env.DB);
    if ((await webhookEndpoints(d, orgId)).length >= MAX_WEBHOOK_ENDPOINTS) {
      throw new HttpError("conflict", `an organisation has at most ${MAX_WEBHOOK_ENDPOINTS} webhook endpoints: delete one first`);
    }
    const endpoint = { id: crypto.randomUUID(), url: new URL(url).href, events, keyId: `whk_${hex(8)}`, createdAt: Date.now() };
    const secret = `${WEBHOOK_SECRET_PREFIX}${hex(32)}`;
    await insertWebhookEndpoint(d, { ...endpoint, orgId, secret });
    await orgAudit(d, {
      orgId, actor: { userId: me.userId, name: me.name }, action: "webhook.create",
      detail: { endpointId: endpoint.id, url: endpoint.url, events, keyId: endpoint.keyId },
    });
    return c.json({ endpoint, secret } satisfies ResponseBody<"createWebhook">, 201);
  })

  .on(ROUTES.deleteWebhook.method, ROUTES.deleteWebhook.path, signedIn(), async (c) => {
    const { me, orgId } = await orgAdmin(c);
    const endpointId = c.req.param("endpointId");
    const d = db(c.env.DB);
    if (!(await disableWebhookEndpoint(d, orgId, endpointId))) throw new HttpError("not_found", "no such webhook endpoint in this organisation");
    await orgAudit(d, { orgId, actor: { userId: me.userId, name: me.name }, action: "webhook.delete", detail: { endpointId } });
    return c.json({ deleted: endpointId } satisfies ResponseBody<"deleteWebhook">);
  })

  .on(ROUTES.webhookDeliveries.method, ROUTES.webhookDeliveries.path, signedIn(), async (c) => {
    const { orgId } = await orgAdmin(c);
    const rows = await deliveryLog(db(c.env.DB), orgId, DELIVERY_LOG_LIMIT);
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
