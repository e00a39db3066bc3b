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
      const { runId } = unwrap(await roomStub(c.env, roomId).startRun(run, identity, "run", at));
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
    const { runId } = unwrap(await roomStub(c.env, roomId).startRun(run, identity, "submit", at));
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
    let available: Record<string, boolean> | null = null;
    try {
      const res = await fetch(new URL(RUNNER_PATHS.languages, c.env.RUNNER_URL), {
        headers: { Authorization: `Bearer ${c.env.RUNNER_SECRET ?? ""}` },
        signal: AbortSignal.timeout(2000),
      });
      if (res.ok) {
        const body = (await res.json()) as { languages: LanguageInfo[] };
        available = Object.fromEntries(body.languages.map((l) => [l.id, l.available]));
      }
    } catch {
      // runner down: availability unknown
    }
    return c.json({
      languages: LANGUAGES.map((l) => ({
        id: l.id, displayName: l.displayName, version: l.version, fileName: l.fileName, monacoId: l.monacoId, template: l.template,
        available: available ? (available[l.id] ?? false) : null,
      })),
    } satisfies ResponseBody<"languages">);
  });
