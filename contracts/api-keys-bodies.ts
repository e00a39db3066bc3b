/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./api-keys-routes.ts, under the same names. */
import { ApiKeysResponseSchema, CreateApiKeyResponseSchema, CreateApiKeySchema, RevokeApiKeyResponseSchema, RoomResultsSchema } from "./api-keys";
import { type Bodies, bodies } from "./bodies";
import type { API_KEY_ROUTES } from "./api-keys-routes";

export const API_KEY_ROUTE_BODIES = {
  apiKeys: bodies(null, ApiKeysResponseSchema),
  createApiKey: bodies(CreateApiKeySchema, CreateApiKeyResponseSchema),
  revokeApiKey: bodies(null, RevokeApiKeyResponseSchema),
  roomResults: bodies(null, RoomResultsSchema),
} as const satisfies Record<keyof typeof API_KEY_ROUTES, Bodies>;
