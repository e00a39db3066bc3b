/**
 * Organisation webhooks (issue 13): the events an applicant-tracking system subscribes to, what
 * each one POSTs, how it is signed, and the delivery log an admin reads.
 *
 * A delivery is `POST <url>` with the event as its JSON body and these headers:
 *
 *   Duet-Event: room.created
 *   Duet-Delivery: <delivery id>             the same on every retry of this event to this endpoint
 *   Duet-Signature: t=<unix seconds>,kid=<key id>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 *
 * The HMAC key is the endpoint's secret as UTF-8 (the whole `whsec_…` string). A receiver
 * recomputes v1 over the raw body it got, compares in constant time, and refuses a `t` far from
 * its clock (a replayed request). `kid` says which secret signed, so a rotation can overlap.
 * Any 2xx answer is delivered; anything else, a redirect included, is retried with backoff.
 */
import { z } from "zod";

export const WEBHOOK_HEADERS = { event: "Duet-Event", delivery: "Duet-Delivery", signature: "Duet-Signature" } as const;
/** Every signing secret starts so, as API keys start with `duet_`: recognisable to a person and a scanner. */
export const WEBHOOK_SECRET_PREFIX = "whsec_";
/** Endpoints an organisation may have at once. */
export const MAX_WEBHOOK_ENDPOINTS = 20;
/** Deliveries the log lists, newest first. */
export const DELIVERY_LOG_LIMIT = 200;

// ── events ──────────────────────────────────────────────────────────────────────────────────────

const RoomRef = { roomId: z.string(), title: z.string() };
const Person = z.strictObject({ userId: z.string(), name: z.string() });

/** What each event carries in `data`: always the room, then what happened. */
export const ORG_EVENT_DATA = {
  "room.created": z.strictObject({ ...RoomRef, createdBy: Person, expiresAt: z.number() }),
  "candidate.joined": z.strictObject({ ...RoomRef, candidate: z.strictObject({ name: z.string() }) }),
  /** `ended` by an interviewer (endedBy names them), or `expired` at its time (endedBy is "Duet"). */
  "room.ended": z.strictObject({ ...RoomRef, endedBy: z.strictObject({ name: z.string() }), reason: z.enum(["ended", "expired"]) }),
  /** Defined for issue 15 (scorecards): nothing emits it yet. */
  "scorecard.submitted": z.strictObject({ ...RoomRef, scorecardId: z.string(), interviewer: Person }),
} as const;

export const ORG_EVENT_TYPES = Object.keys(ORG_EVENT_DATA) as (keyof typeof ORG_EVENT_DATA)[];
export const OrgEventTypeSchema = z.enum(ORG_EVENT_TYPES as [OrgEventType, ...OrgEventType[]]);
export type OrgEventType = keyof typeof ORG_EVENT_DATA;
export type OrgEventData<T extends OrgEventType> = z.infer<(typeof ORG_EVENT_DATA)[T]>;

const envelope = <T extends OrgEventType>(type: T) =>
  z.strictObject({ id: z.string(), type: z.literal(type), createdAt: z.number(), orgId: z.string(), data: ORG_EVENT_DATA[type] });

/** The body of every delivery: `{id, type, createdAt, orgId, data}`. */
export const OrgEventSchema = z.discriminatedUnion("type", [
  envelope("room.created"), envelope("candidate.joined"), envelope("room.ended"), envelope("scorecard.submitted"),
]);
export type OrgEvent = z.infer<typeof OrgEventSchema>;

// ── endpoints ───────────────────────────────────────────────────────────────────────────────────

export const WebhookEndpointSchema = z.strictObject({
  id: z.string(),
  url: z.string(),
  events: z.array(OrgEventTypeSchema),
  /** Names the secret in every signature (`kid=`); the secret itself is shown once, at creation. */
  keyId: z.string(),
  createdAt: z.number(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpointSchema>;

export const CreateWebhookSchema = z.strictObject({
  /** Checked further by the Worker: https and a public host in production (worker/webhook-url.ts). */
  url: z.string().min(1).max(2048),
  events: z.array(OrgEventTypeSchema).min(1).max(ORG_EVENT_TYPES.length)
    .refine((events) => new Set(events).size === events.length, "each event at most once"),
});

export const WebhooksResponseSchema = z.strictObject({ endpoints: z.array(WebhookEndpointSchema) });
export const CreateWebhookResponseSchema = z.strictObject({
  endpoint: WebhookEndpointSchema,
  /** The signing secret: shown here once, never again. */
  secret: z.string().startsWith(WEBHOOK_SECRET_PREFIX),
});
export const DeleteWebhookResponseSchema = z.strictObject({ deleted: z.string() });

// ── the delivery log ────────────────────────────────────────────────────────────────────────────

export const DELIVERY_STATUSES = ["pending", "delivered", "failed"] as const;
export const DeliveryStatusSchema = z.enum(DELIVERY_STATUSES);
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;

/** One POST of a delivery: the receiver's HTTP status, or why there was none (timeout, network, …). */
export const DeliveryAttemptSchema = z.strictObject({
  at: z.number(),
  httpStatus: z.number().nullable(),
  error: z.string().nullable(),
  durationMs: z.number(),
});
export type DeliveryAttempt = z.infer<typeof DeliveryAttemptSchema>;

export const DeliverySchema = z.strictObject({
  id: z.string(),
  eventId: z.string(),
  event: OrgEventTypeSchema,
  endpointId: z.string(),
  url: z.string(),
  status: DeliveryStatusSchema,
  attempts: z.number(),
  lastHttpStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  /** When it is tried next; null once delivered or failed. */
  nextAttemptAt: z.number().nullable(),
  deliveredAt: z.number().nullable(),
  createdAt: z.number(),
  /** Every attempt, oldest first. */
  history: z.array(DeliveryAttemptSchema),
});
export type Delivery = z.infer<typeof DeliverySchema>;
export const DeliveriesResponseSchema = z.strictObject({ deliveries: z.array(DeliverySchema) });
