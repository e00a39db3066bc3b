import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";

/**
 * Limits a route per client IP: `limit(env)` requests per minute, counted by the RateLimiter
 * object for that IP. Over the limit: 429 with Retry-After.
 */
export function rateLimit(bucket: string, limit: (env: Env) => number): MiddlewareHandler<AppEnv> {
  return async function rateLimitMiddleware(c, next) {
    // Set by Cloudflare's edge (and by wrangler dev); clients cannot forge it there.
    const ip = c.req.header("cf-connecting-ip") ?? "unknown";
    const stub = c.env.RATE_LIMITER.get(c.env.RATE_LIMITER.idFromName(`ip:${ip}`));
    const decision = await stub.hit(bucket, limit(c.env), 60_000);
    if (!decision.ok) {
      throw new HttpError("rate_limited", `too many ${bucket} requests; try again in ${decision.retryAfter} s`, {
        "Retry-After": String(decision.retryAfter),
      });
    }
    await next();
  };
}
