/**
 * `POST /api/client-errors`: the web app's uncaught errors and unhandled rejections
 * (web/src/lib/error-reporter.ts), one JSON log line each (contracts/log.ts), answered 204.
 * Anyone may call it, so it is capped three ways: the body (8 KiB), the schema (lengths, a route
 * pattern without query or hash) and the client's rate (RATE_CLIENT_ERRORS_PER_MINUTE per IP).
 * What it logs is what the schema lets through: no tokens, names or code reach the log.
 */
import { Hono } from "hono";
import { log } from "../../contracts/log";
import { CLIENT_ERROR_LIMITS } from "../../contracts/client-error-limits";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import type { AppEnv } from "../app-env";
import { bodyCap } from "../middleware/body-cap";
import { rateLimit } from "../middleware/rate-limit";
import { jsonBody } from "../validate";

const perClient = rateLimit("client-error", (env) => Number(env.RATE_CLIENT_ERRORS_PER_MINUTE) || 30);

export const clientErrors = new Hono<AppEnv>().on(
  ROUTES.clientError.method,
  ROUTES.clientError.path,
  bodyCap(CLIENT_ERROR_LIMITS.bodyBytes, "8 KiB"),
  perClient,
  async (c) => {
    const report = await jsonBody(c, ROUTE_BODIES.clientError.request);
    log("warn", "client_error", { requestId: c.get("requestId"), ...report, userAgent: c.req.header("user-agent")?.slice(0, 200) });
    return c.body(null, 204);
  },
);
