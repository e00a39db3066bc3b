/** Routes of the table (contracts/routes.ts) for organisation webhooks and their delivery log (worker/routes/webhooks.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

const webhooks = "/api/orgs/:orgId/webhooks";

export const WEBHOOK_ROUTES = {
  /** The organisation's endpoints, for its admins: URL, events, key id; never a secret. */
  webhooks: { method: "GET", path: webhooks },
  /** A new endpoint; its signing secret is in the answer, once. */
  createWebhook: { method: "POST", path: webhooks },
  deleteWebhook: { method: "POST", path: `${webhooks}/:endpointId/delete` },
  /** The delivery log, newest first: each event to each endpoint, its attempts and outcome. */
  webhookDeliveries: { method: "GET", path: `${webhooks}/deliveries` },
} as const satisfies Record<string, Route>;
