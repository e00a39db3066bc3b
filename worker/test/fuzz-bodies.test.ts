/// <reference types="vite/client" />
/**
 * Every zod-validated HTTP body under fuzzing, through the Worker's own `jsonBody` and `onError`
 * (a small app per schema, in process): valid bodies pass, anything else is a 400
 * `{error:{code,message}}`, never a throw or a 500. Tens of thousands of cases in a second or two.
 */
import fc from "fast-check";
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import * as api from "../../contracts/api";
import { ErrorBodySchema } from "../../contracts/errors";
import * as roomState from "../../contracts/room-state";
import type { AppEnv } from "../app-env";
import { onError } from "../http-error";
import { jsonBody } from "../validate";
import { BODY_ROUTES, anyBodyText } from "./fuzz/bodies";

describe.each(BODY_ROUTES.map((r) => [r.path || "/api/rooms", r] as const))("body of %s", (_name, route) => {
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

it("the table covers every route that validates a body", async () => {
  // A route added with jsonBody but not to BODY_ROUTES would go unfuzzed.
  const sources = import.meta.glob("../routes/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;
  const calls = Object.values(sources).flatMap((s) => [...s.matchAll(/jsonBody\(c, (\w+)\)/g)].map((m) => m[1]));
  const exported = Object.entries({ ...api, ...roomState });
  const names = new Set(BODY_ROUTES.map((r) => exported.find(([, s]) => s === r.schema)![0]));
  expect(new Set(calls)).toEqual(names);
});
