/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./webhooks-routes.ts, under the same names. */
import { type Bodies, bodies } from "./bodies";
import type { WEBHOOK_ROUTES } from "./webhooks-routes";
import {
  CreateWebhookResponseSchema, CreateWebhookSchema, DeleteWebhookResponseSchema, DeliveriesResponseSchema, WebhooksResponseSchema,
} from "./webhooks";

export const WEBHOOK_ROUTE_BODIES = {
  webhooks: bodies(null, WebhooksResponseSchema),
  createWebhook: bodies(CreateWebhookSchema, CreateWebhookResponseSchema),
  deleteWebhook: bodies(null, DeleteWebhookResponseSchema),
  webhookDeliveries: bodies(null, DeliveriesResponseSchema),
} as const satisfies Record<keyof typeof WEBHOOK_ROUTES, Bodies>;
