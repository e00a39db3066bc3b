import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";

/** The names a browser uses for this machine: what a local server is reached by. */
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Who may create a room without signing in (issue 13: no anonymous runs in production). Nobody in
 * production — until accounts arrive there is no signed-in way either, so a production Worker
 * creates no rooms at all. Locally: a server on this machine (`npm start`, DUET_ENV=development)
 * reached by a loopback name, unless REQUIRE_SIGN_IN=1; and the test environment.
 */
export function anonymousRoomCreation(): MiddlewareHandler<AppEnv> {
  return async function anonymousRoomCreation(c, next) {
    const refused = refusal(c.env, new URL(c.req.url).hostname);
    if (refused) throw new HttpError("unauthorized", refused);
    await next();
  };
}

function refusal(env: Env, hostname: string): string | null {
  if (env.REQUIRE_SIGN_IN === "1") return "sign in to create a room (REQUIRE_SIGN_IN=1)";
  if (env.DUET_ENV === "test") return null;
  if (env.DUET_ENV === "development") {
    return LOOPBACK_HOSTS.has(hostname) ? null : "anonymous rooms are for a local server only: open it as localhost or 127.0.0.1";
  }
  return "sign in to create a room: anonymous rooms exist only on a local development server";
}
