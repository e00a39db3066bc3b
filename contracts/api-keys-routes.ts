/** Routes of the table (contracts/routes.ts) for organisation API keys and what they read (worker/routes/api-keys.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

export const API_KEY_ROUTES = {
  /** An organisation's keys, for its admins: names, scopes, use and revocation; never a key itself. */
  apiKeys: { method: "GET", path: "/api/orgs/:orgId/api-keys" },
  /** A new key, shown once in the answer; only its SHA-256 is kept. */
  createApiKey: { method: "POST", path: "/api/orgs/:orgId/api-keys" },
  revokeApiKey: { method: "POST", path: "/api/orgs/:orgId/api-keys/:keyId/revoke" },
  /** A room's outcome for an applicant-tracking system (a `rooms:read` key) or the organisation's people. */
  roomResults: { method: "GET", path: "/api/rooms/:roomId/results" },
} as const satisfies Record<string, Route>;
