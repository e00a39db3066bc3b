import type { Context } from "hono";
import { isProduction } from "../contracts/environment";
import type { AppEnv } from "./app-env";

/** Every client of a local (non-production) server: one rate-limit bucket, one runner tenant. */
export const LOCAL_CLIENT = "local";

/**
 * Who is asking, for per-client rate limits and the runner's fairness. In production that is
 * Cloudflare's CF-Connecting-IP: the edge overwrites whatever the client sent. Locally there is no
 * edge — `wrangler dev` fills the header only when the client did not send one — so a client
 * could pick a fresh bucket per request. Outside production every client is therefore the same
 * client: local limits are shared by everyone using that server.
 */
export function clientAddress(c: Context<AppEnv>): string {
  if (!isProduction(c.env)) return LOCAL_CLIENT;
  return c.req.header("cf-connecting-ip") ?? "unknown";
}
