import type { Context } from "hono";
import type { z } from "zod";
import { HttpError } from "./http-error";

/** Parses the JSON body with a zod schema; any failure is a 400 naming the first bad field. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    const text = await c.req.text();
    raw = text === "" ? {} : JSON.parse(text);
  } catch {
    throw new HttpError("bad_request", "body is not valid JSON");
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HttpError("bad_request", `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
  }
  return parsed.data;
}
