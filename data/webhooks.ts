/**
 * Organisation webhooks in D1: endpoints (with their signing secrets, which must stay readable to
 * sign), and one delivery row per event and endpoint — the delivery log, and the queue the
 * organisation's Durable Object (durable-objects/org/) works through. That object is the only
 * writer of deliveries after they are queued, so a row's attempt count is read, then written.
 */
import { and, asc, desc, eq, inArray, isNull, lte, min } from "drizzle-orm";
import type { DeliveryStatus, OrgEvent, OrgEventType, WebhookEndpoint } from "../contracts/webhooks";
import type { Db } from "./db";
import * as schema from "./schema";

const endpoints = schema.webhookEndpoints;
const deliveries = schema.webhookDeliveries;

const endpointColumns = {
  id: endpoints.id, url: endpoints.url, events: endpoints.events, keyId: endpoints.keyId, createdAt: endpoints.createdAt,
};

/** The organisation's endpoints that were not deleted, oldest first; without their secrets. */
export async function webhookEndpoints(d: Db, orgId: string): Promise<WebhookEndpoint[]> {
  const rows = await d.select(endpointColumns).from(endpoints)
    .where(and(eq(endpoints.organizationId, orgId), isNull(endpoints.disabledAt)))
    .orderBy(asc(endpoints.createdAt));
  return rows.map((r) => ({ ...r, events: r.events as OrgEventType[] }));
}

export interface NewWebhookEndpoint extends WebhookEndpoint {
  orgId: string;
  secret: string;
}

export async function insertWebhookEndpoint(d: Db, e: NewWebhookEndpoint): Promise<void> {
  await d.insert(endpoints).values({
    id: e.id, organizationId: e.orgId, url: e.url, secret: e.secret, keyId: e.keyId, events: e.events, createdAt: e.createdAt,
  });
}

/**
 * Deletes an endpoint from the organisation's list (the row stays, so the delivery log keeps its
 * URL) and fails what was still to be sent to it. False when the organisation has no such endpoint.
 */
export async function disableWebhookEndpoint(d: Db, orgId: string, endpointId: string, now = Date.now()): Promise<boolean> {
  const [done] = await d.update(endpoints).set({ disabledAt: now })
    .where(and(eq(endpoints.id, endpointId), eq(endpoints.organizationId, orgId), isNull(endpoints.disabledAt)))
    .returning({ id: endpoints.id });
  if (!done) return false;
  await d.update(deliveries).set({ status: "failed", nextAttemptAt: null, lastError: "endpoint deleted" })
    .where(and(eq(deliveries.endpointId, endpointId), eq(deliveries.status, "pending")));
  return true;
}

/** One delivery per endpoint subscribed to the event, due now; their ids. */
export async function queueDeliveries(d: Db, event: OrgEvent, now = Date.now()): Promise<string[]> {
  const active = await d.select({ id: endpoints.id, events: endpoints.events }).from(endpoints)
    .where(and(eq(endpoints.organizationId, event.orgId), isNull(endpoints.disabledAt)));
  const subscribed = active.filter((e) => e.events.includes(event.type));
  const rows = subscribed.map((e) => ({
    id: crypto.randomUUID(), endpointId: e.id, organizationId: event.orgId, event: event.type, payload: JSON.stringify(event),
    createdAt: now, status: "pending" satisfies DeliveryStatus, attempts: 0, nextAttemptAt: now,
  }));
  const [first, ...rest] = rows.map((row) => d.insert(deliveries).values(row));
  if (first) await d.batch([first, ...rest]);
  return rows.map((r) => r.id);
}

/** A delivery that is due, with what sending it needs. */
export interface DueDelivery {
  id: string;
  event: string;
  payload: string;
  attempts: number;
  url: string;
  secret: string;
  keyId: string;
}

/** The organisation's pending deliveries due by `now`, the longest waiting first. */
export async function dueDeliveries(d: Db, orgId: string, now: number, limit: number): Promise<DueDelivery[]> {
  return d.select({
    id: deliveries.id, event: deliveries.event, payload: deliveries.payload, attempts: deliveries.attempts,
    url: endpoints.url, secret: endpoints.secret, keyId: endpoints.keyId,
  }).from(deliveries)
    .innerJoin(endpoints, eq(endpoints.id, deliveries.endpointId))
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.status, "pending"), lte(deliveries.nextAttemptAt, now)))
    .orderBy(asc(deliveries.nextAttemptAt))
    .limit(limit);
}

/** Moves the deliveries' next attempt to `until`, so nothing picks them up again while they are being sent. */
export async function claimDeliveries(d: Db, ids: string[], until: number): Promise<void> {
  if (ids.length === 0) return;
  await d.update(deliveries).set({ nextAttemptAt: until }).where(and(inArray(deliveries.id, ids), eq(deliveries.status, "pending")));
}

export interface AttemptOutcome {
  attempts: number;
  httpStatus: number | null;
  error: string | null;
  /** delivered, failed (no attempt left), or pending again at `nextAttemptAt`. */
  status: DeliveryStatus;
  nextAttemptAt: number | null;
  at: number;
}

/** Writes an attempt's outcome; a delivery failed meanwhile (its endpoint deleted) stays failed. */
export async function recordDeliveryAttempt(d: Db, id: string, o: AttemptOutcome): Promise<void> {
  await d.update(deliveries).set({
    attempts: o.attempts, lastStatus: o.httpStatus, lastError: o.error, status: o.status, nextAttemptAt: o.nextAttemptAt,
    deliveredAt: o.status === "delivered" ? o.at : null,
  }).where(and(eq(deliveries.id, id), eq(deliveries.status, "pending")));
}

/** When the organisation's earliest pending delivery is due, or null when none is pending. */
export async function nextDeliveryDue(d: Db, orgId: string): Promise<number | null> {
  const [row] = await d.select({ at: min(deliveries.nextAttemptAt) }).from(deliveries)
    .where(and(eq(deliveries.organizationId, orgId), eq(deliveries.status, "pending")));
  return row?.at ?? null;
}

export interface DeliveryLogRow {
  id: string;
  event: string;
  payload: string;
  endpointId: string;
  url: string;
  status: string;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
  deliveredAt: number | null;
  createdAt: number;
}

/** The organisation's deliveries, newest first. */
export async function deliveryLog(d: Db, orgId: string, limit: number): Promise<DeliveryLogRow[]> {
  return d.select({
    id: deliveries.id, event: deliveries.event, payload: deliveries.payload, endpointId: deliveries.endpointId, url: endpoints.url,
    status: deliveries.status, attempts: deliveries.attempts, lastStatus: deliveries.lastStatus, lastError: deliveries.lastError,
    nextAttemptAt: deliveries.nextAttemptAt, deliveredAt: deliveries.deliveredAt, createdAt: deliveries.createdAt,
  }).from(deliveries)
    .innerJoin(endpoints, eq(endpoints.id, deliveries.endpointId))
    .where(eq(deliveries.organizationId, orgId))
    .orderBy(desc(deliveries.createdAt), desc(deliveries.id))
    .limit(limit);
}
