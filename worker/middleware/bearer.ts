import type { Context } from "hono";
import type { AppEnv } from "../app-env";

/** The token of an `Authorization: Bearer …` header, if the request has one. */
export function bearerToken(c: Context<AppEnv>): string | undefined {
  const h = c.req.header("Authorization");
  return h?.startsWith("Bearer ") ? h.slice(7).trim() : undefined;
}
