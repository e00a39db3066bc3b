/**
 * `GET /healthz/deep`: what an operator's probe asks beyond "the Worker answers" (/healthz) —
 * D1 reachable (SELECT 1 and its ms), every runner's /healthz (the RUNNER_URLS pool or the one
 * RUNNER_URL; on Containers, the fallback pool), and the deployed version. 200 when all is well,
 * 503 otherwise, with the same body. Behind the HEALTH_TOKEN secret as a Bearer token (it names
 * the runners' addresses); in production an unset HEALTH_TOKEN refuses every caller.
 */
import { Hono } from "hono";
import { isProduction } from "../../contracts/environment";
import type { DeepHealth } from "../../contracts/operations";
import type { ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { bearerToken } from "../middleware/bearer";
import { runnerHealth } from "../runner-health";

/** Constant time whatever the lengths: both sides hashed to 32 bytes, then every byte compared. */
async function sameSecret(given: string, expected: string): Promise<boolean> {
  const enc = new TextEncoder();
  const [a, b] = await Promise.all([given, expected].map(async (s) => new Uint8Array(await crypto.subtle.digest("SHA-256", enc.encode(s)))));
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

async function d1Check(db: D1Database): Promise<DeepHealth["d1"]> {
  const started = Date.now();
  try {
    await db.prepare("SELECT 1").first();
    return { ok: true, ms: Date.now() - started };
  } catch (e) {
    return { ok: false, ms: Date.now() - started, error: (e as Error).message.slice(0, 200) };
  }
}

export const deepHealth = new Hono<AppEnv>().on(ROUTES.deepHealth.method, ROUTES.deepHealth.path, async (c) => {
  const expected = c.env.HEALTH_TOKEN;
  if (!expected) {
    if (isProduction(c.env)) throw new HttpError("unauthorized", "the deep health check is off: HEALTH_TOKEN is not set");
  }
  const given = bearerToken(c);
  if (expected && (!given || !(await sameSecret(given, expected)))) throw new HttpError("unauthorized", "a valid health token is required");
  const [d1, runners] = await Promise.all([d1Check(c.env.DB), runnerHealth(c.env)]);
  const meta = c.env.CF_VERSION_METADATA;
  const body: DeepHealth = { ok: d1.ok && runners.ok, version: meta ? { id: meta.id, tag: meta.tag } : null, d1, runners };
  return c.json(body satisfies ResponseBody<"deepHealth">, body.ok ? 200 : 503);
});
