import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { clientAddress } from "../client-address";
import { HttpError } from "../http-error";

/**
 * Limits a route per client (see clientAddress: Cloudflare's address in production, one shared
 * bucket locally): `limit(env)` requests per minute, counted by the RateLimiter object for that
 * client. Over the limit: 429 with Retry-After.
 */
export function rateLimit(bucket: string, limit: (env: Env) => number): MiddlewareHandler<AppEnv> {
  return async function rateLimitMiddleware(c, next) {
    const stub = c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(`ip:${clientAddress(c)}`));
    const decision = await stub.hit(bucket, limit(c.env), 60_000);
    if (!decision.ok) {
      throw new HttpError("rate_limited", `too many ${bucket} requests; try again in ${decision.retryAfter} s`, {
        "Retry-After": String(decision.retryAfter),
      });
    }
    await next();
  };
}
