/**
 * Runs: `POST /api/rooms/:roomId/runs {language, stdin?}` runs the room's current buffer for that
 * language (as the room holds it, never text from the client) → 202 {runId}; the output streams
 * into the state doc. One run at a time per room: a second request while one runs gets 409.
 * With a problem on the table, Run judges the visible examples (all, or those in `examples`) plus
 * custom `cases` — the test-case panel's — and refuses stdin (400: it would be ignored); and
 * `POST …/submissions {language}` judges the hidden tests. `POST …/runs/:runId/cancel` stops a
 * run. `GET /api/languages` is the manifest with availability. A room of an organisation counts
 * each Run and Submit against the organisation's runs per hour (worker/run-quota.ts).
 */
import { Hono } from "hono";
import { LANGUAGES, type LanguageInfo } from "../../contracts/languages";
import { log } from "../../contracts/log";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { RUNNER_PATHS } from "../../contracts/runner";
import { audit } from "../../data/audit";
import { db } from "../../data/db";
import { listSubmissions } from "../../data/problems";
import type { RunResult } from "../../contracts/room-rpc";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { bodyCap, smallBody } from "../middleware/body-cap";
import { liveOrRecord } from "../middleware/live-or-record";
import { roomStub } from "../room-stub";
import { runnersByUrl } from "../runner-health";
import { containerAvailability } from "../runner-library";
import { countOrgRun } from "../run-quota";
import { jsonBody } from "../validate";

/** Run and Submit in the live room; with `at` in the body, an interviewer's review run, also after the end. */
const runners = liveOrRecord({ roles: ["interviewer", "candidate"], review: asksForReview });
/** A run's record: the live room's participants, and after the end the record's interviewers (a review run's output). */
const runReaders = liveOrRecord({});

async function asksForReview(c: { req: { text(): Promise<string> } }): Promise<boolean> {
  try {
    const body = JSON.parse(await c.req.text()) as unknown; // Hono keeps the text: the handler reads it again
    // Own key of a plain object only: `"at" in []` is true (Array.prototype.at).
    return typeof body === "object" && body !== null && !Array.isArray(body) && Object.hasOwn(body, "at");
  } catch {
    return false; // the handler answers the malformed body
  }
}

function unwrap(result: RunResult): { runId: string } {
  if (result.ok) return { runId: result.runId };
  throw new HttpError(result.code, result.message, result.retryAfter ? { "Retry-After": String(result.retryAfter) } : {});
}

export const runs = new Hono<AppEnv>()
  .on(
    ROUTES.startRun.method,
    ROUTES.startRun.path,
    bodyCap(1100 * 1024, "1.1 MiB"),
    runners,
    async (c) => {
      const req = await jsonBody(c, ROUTE_BODIES.startRun.request);
      const roomId = c.get("room").id;
      const identity = c.get("identity");
      await countOrgRun(c, c.get("room")); // 429 before the room starts anything
      const { at, ...run } = req;
      const { runId } = unwrap(await roomStub(c.env, roomId).startRun(run, identity, "run", at, c.get("requestId")));
      log("info", "run_requested", { requestId: c.get("requestId"), roomId, runId, mode: "run" });
      await audit(db(c.env.DB), { roomId, actor: identity, action: "run.start", detail: { runId, language: req.language, ...(at !== undefined ? { review: true, at } : {}) } });
      return c.json({ runId } satisfies ResponseBody<"startRun">, 202);
    },
  )
  .on(ROUTES.submit.method, ROUTES.submit.path, smallBody, runners, async (c) => {
    const req = await jsonBody(c, ROUTE_BODIES.submit.request);
    const roomId = c.get("room").id;
    const identity = c.get("identity");
    await countOrgRun(c, c.get("room"));
    const { at, ...run } = req;
    const { runId } = unwrap(await roomStub(c.env, roomId).startRun(run, identity, "submit", at, c.get("requestId")));
    log("info", "run_requested", { requestId: c.get("requestId"), roomId, runId, mode: "submit" });
    await audit(db(c.env.DB), { roomId, actor: identity, action: "run.start", detail: { runId, language: req.language, submit: true, ...(at !== undefined ? { review: true, at } : {}) } });
    return c.json({ runId } satisfies ResponseBody<"submit">, 202);
  })
  // After the end, the record's interviewers still read the verdicts (the ended room's read-only view).
  .on(ROUTES.submissions.method, ROUTES.submissions.path, runReaders, async (c) =>
    c.json({ submissions: await listSubmissions(db(c.env.DB), c.get("room").id) } satisfies ResponseBody<"submissions">))
  .on(ROUTES.cancelRun.method, ROUTES.cancelRun.path, runners, async (c) => {
    const result = await roomStub(c.env, c.get("room").id).cancelRun(c.req.param("runId"));
    return c.json({ cancelled: unwrap(result).runId } satisfies ResponseBody<"cancelRun">);
  })
  .on(ROUTES.run.method, ROUTES.run.path, runReaders, async (c) => {
    const run = await roomStub(c.env, c.get("room").id).getRun(c.req.param("runId"), c.get("identity").role);
    if (!run) throw new HttpError("not_found", "no such run in this room");
    return c.json({ run } satisfies ResponseBody<"run">);
  })
  .on(ROUTES.languages.method, ROUTES.languages.path, async (c) => {
    // Availability is the runner's to say; when it cannot be asked, the manifest still answers.
    // On Containers, the deployed image's own runner says (worker/runner-library.ts); else, or failing that, the pool.
    const background = (p: Promise<unknown>) => c.executionCtx.waitUntil(p);
    const available = (c.env.RUNNER_TRANSPORT === "container" ? await containerAvailability(c.env, background) : null) ?? (await runnerAvailability(c.env));
    return c.json({
      languages: LANGUAGES.map((l) => ({
        id: l.id, displayName: l.displayName, version: l.version, fileName: l.fileName, monacoId: l.monacoId, template: l.template, judged: l.judged,
        available: available ? (available[l.id] ?? false) : null,
      })),
    } satisfies ResponseBody<"languages">);
  });

/**
 * Which languages the runners can run, from the first runner by URL that answers within 2 s (in
 * random order: no one runner of a pool is asked by every page); null when none does. On
 * Containers only a fallback pool (RUNNER_URLS) is asked: RUNNER_URL is local development's.
 */
async function runnerAvailability(env: Env): Promise<Record<string, boolean> | null> {
  const urls = runnersByUrl(env);
  const signal = AbortSignal.timeout(2000);
  for (const url of urls.sort(() => Math.random() - 0.5)) {
    try {
      const res = await fetch(new URL(RUNNER_PATHS.languages, url), { headers: { Authorization: `Bearer ${env.RUNNER_SECRET ?? ""}` }, signal });
      if (!res.ok) continue;
      const body = (await res.json()) as { languages: LanguageInfo[] };
      return Object.fromEntries(body.languages.map((l) => [l.id, l.available]));
    } catch {
      if (signal.aborted) break; // out of time: availability unknown
    }
  }
  return null;
}
