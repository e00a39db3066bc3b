import type { Context } from "hono";
import type { z } from "zod";
import { HttpError } from "./http-error";

/** Parses the query string with a zod schema; any failure is a 400 naming the first bad parameter. */
export function queryOf<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError("bad_request", `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
  }
  return parsed.data;
}
