import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";

/** Tags every request with an id (Cloudflare's ray id when present) for the one log line errors get. */
export function requestId(): MiddlewareHandler<AppEnv> {
  return async function requestIdMiddleware(c, next) {
    c.set("requestId", c.req.header("cf-ray") ?? crypto.randomUUID());
    await next();
  };
}
