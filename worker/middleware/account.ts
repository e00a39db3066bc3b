import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { authFor } from "../accounts/auth";
import { CSRF_HEADER } from "../../contracts/routes";
import { HttpError } from "../http-error";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Reads the account session cookie, if any, and sets `account`. Never refuses: routes open to
 * everyone (the landing page's `GET /api/me`, room creation on a local server) read it as optional;
 * `signedIn()` is the gate for the rest.
 */
export function account(): MiddlewareHandler<AppEnv> {
  return async function accountMiddleware(c, next) {
    if (c.get("account") === undefined) {
      const found = await authFor(c.env, c.req.url).api.getSession({ headers: c.req.raw.headers });
      // A cookie goes with any request the browser makes, whoever's page asked for it: a change made
      // with one must say where it comes from (originCheck has held any Origin to this site's).
      if (found && !SAFE_METHODS.has(c.req.method)) {
        if (c.req.header("origin") === undefined) throw new HttpError("forbidden", "a signed-in change must come from a page of this site (no Origin header)");
        if (c.req.header(CSRF_HEADER) === undefined) throw new HttpError("forbidden", `a signed-in change must carry the ${CSRF_HEADER} header`);
      }
      c.set("account", found ? { userId: found.user.id, name: found.user.name, email: found.user.email, sessionId: found.session.id } : null);
    }
    await next();
  };
}

/** Refuses a request without a signed-in account (401); sets `account` like `account()`. */
export function signedIn(): MiddlewareHandler<AppEnv> {
  const load = account();
  return async function signedInMiddleware(c, next) {
    await load(c, async () => {
      if (!c.get("account")) throw new HttpError("unauthorized", "sign in first");
      await next();
    });
  };
}
