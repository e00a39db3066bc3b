/// <reference types="vite/client" />
/**
 * Every zod-validated HTTP body under fuzzing, through the Worker's own `jsonBody` and `onError`
 * (a small app per schema, in process): valid bodies pass, anything else is a 400
 * `{error:{code,message}}`, never a throw or a 500. Tens of thousands of cases in a second or two.
 */
import fc from "fast-check";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../contracts/errors";
import { ROUTE_BODIES } from "../../contracts/route-bodies";
import type { AppEnv } from "../app-env";
import { onError } from "../http-error";
import { jsonBody } from "../validate";
import { BODY_ROUTES, anyBodyText } from "./fuzz/bodies";

describe.each(BODY_ROUTES.map((r) => [r.name, r] as const))("body of %s", (_name, route) => {
  const app = new Hono<AppEnv>().post("/", async (c) => c.json({ parsed: await jsonBody(c, route.schema) })).onError(onError);
  const post = (body: string) => app.request("/", { method: "POST", body });

  it("valid bodies pass", async () => {
    await fc.assert(fc.asyncProperty(route.valid, async (v) => (await post(JSON.stringify(v))).status === 200), { numRuns: 300 });
  });

  it("any body is 200 exactly when the schema accepts it, else a 400 with a JSON error; never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(anyBodyText(route), async (text) => {
        let accepted: boolean;
        try {
          accepted = route.schema.safeParse(text === "" ? {} : JSON.parse(text)).success;
        } catch {
          accepted = false;
        }
        const res = await post(text);
        if (res.status === 200) return accepted;
        const body = ErrorBodySchema.safeParse(await res.json());
        return !accepted && res.status === 400 && body.success && body.data.error.code === "bad_request" && body.data.error.message.length > 0;
      }),
      { numRuns: 2_000 },
    );
  });
});

it("every route that takes a body is fuzzed, and the Worker validates each with the route table's schema (contracts/route-bodies.ts)", async () => {
  const withBody = Object.entries(ROUTE_BODIES).filter(([, r]) => r.request !== null).map(([name]) => name);
  expect(BODY_ROUTES.map((r) => r.name).sort()).toEqual(withBody.sort());
  // A handler that validated with a schema of its own would drift from the table.
  const sources = import.meta.glob("../routes/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
  const calls = Object.values(sources).flatMap((s) => [...s.matchAll(/jsonBody\(c, ([^)]*)\)/g)].map((m) => m[1]));
  expect(calls.filter((arg) => !/^ROUTE_BODIES\.\w+\.request$/.test(arg))).toEqual([]);
  expect(calls.map((arg) => arg.split(".")[1]).sort()).toEqual(withBody.sort());
});
