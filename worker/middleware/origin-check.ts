import type { MiddlewareHandler } from "hono";
import { log } from "../../contracts/log";
import type { AppEnv } from "../app-env";
import { allowedOrigins } from "../auth/origins";
import { HttpError } from "../http-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
let reportedMisconfiguration = false;

/**
 * Cross-site requests never change anything. A page on another site can open a WebSocket to us
 * and POST to us with the victim's browser (and, once sessions are cookies, with the victim's
 * credentials); browsers say where such a request comes from in `Origin` and `Sec-Fetch-Site`,
 * which page scripts cannot set. So a WebSocket upgrade or a state-changing request whose Origin
 * is not an allowed one (auth/origins.ts) — or that carries no Origin but that the browser calls
 * cross-site — is refused with 403 before any route, rate limit or room sees it. No Origin at all
 * (curl, a stock Node y-websocket client) passes: that is not a browser acting for someone else,
 * and it still needs a token.
 */
export function originCheck(): MiddlewareHandler<AppEnv> {
  return async function originCheckMiddleware(c, next) {
    let allowed: Set<string>;
    try {
      allowed = allowedOrigins(c.env, c.req.url);
    } catch (e) {
      // Misconfigured deployment: every request fails the same way; say so once in the log.
      if (!reportedMisconfiguration) log("error", "origin_misconfigured", { requestId: c.get("requestId"), error: (e as Error).message });
      reportedMisconfiguration = true;
      throw e;
    }
    const upgrade = c.req.header("upgrade")?.toLowerCase() === "websocket";
    if (upgrade || !SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header("origin");
      if (origin !== undefined && !allowed.has(origin)) {
        throw new HttpError("forbidden", `requests from ${origin.slice(0, 100)} are not allowed here`);
      }
      // An origin PUBLIC_ORIGIN lists may be another site on purpose; without an Origin, trust the browser's word.
      if (origin === undefined && c.req.header("sec-fetch-site") === "cross-site") {
        throw new HttpError("forbidden", "cross-site requests are not allowed here");
      }
    }
    await next();
  };
}
