/**
 * Interviewers' scorecards: each fills their own, sealed until they submit it. Readers come through
 * recordReader (a room session, also after the end during retention, or an account): the room's
 * interviewers write their own card and read the others' once theirs is submitted; the
 * organisation's reviewers and admins read submitted cards; nobody else reads any, and nobody but
 * its author ever reads a draft.
 */
import { Hono } from "hono";
import { log } from "../../contracts/log";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { SCORECARD_BODY_MAX_BYTES, type Scorecard } from "../../contracts/scorecards";
import { audit } from "../../data/audit";
import { db, type Db } from "../../data/db";
import { freezeRubric, roomRubric, saveCard, setRoomRubric } from "../../data/scorecards";
import type { AppEnv, RecordReaderInfo as RecordReader } from "../app-env";
import { colorFor } from "../auth/colors";
import { HttpError } from "../http-error";
import { bodyCap, smallBody } from "../middleware/body-cap";
import { recordReader } from "../middleware/record-reader";
import { emitOrgEvent } from "../org-events";
import { scorecardView } from "../scorecard-view";
import { roomStub } from "../room-stub";
import { jsonBody } from "../validate";

const scorecardBody = bodyCap(SCORECARD_BODY_MAX_BYTES, `${SCORECARD_BODY_MAX_BYTES / 1024} KiB`);

/** Scorecards are the interviewers' and the reviewers': a spectator granted the record reads no card. */
function scorer(reader: RecordReader, write = false): RecordReader {
  if (reader.access === "spectator") throw new HttpError("forbidden", "scorecards are for the interview's interviewers and the organisation's reviewers");
  if (write && reader.access !== "interviewer") throw new HttpError("forbidden", "only the interview's interviewers write scorecards");
  return reader;
}

export const scorecards = new Hono<AppEnv>()
  .on(ROUTES.scorecard.method, ROUTES.scorecard.path, recordReader(), async (c) =>
    c.json((await scorecardView(db(c.env.DB), scorer(c.get("reader")))) satisfies ResponseBody<"scorecard">))

  .on(ROUTES.saveScorecard.method, ROUTES.saveScorecard.path, scorecardBody, recordReader(), async (c) => {
    const reader = scorer(c.get("reader"), true);
    const input = await jsonBody(c, ROUTE_BODIES.saveScorecard.request);
    const d = db(c.env.DB);
    const rubric = await roomRubric(d, reader.room);
    const known = new Set(rubric.map((x) => x.id));
    const stray = input.ratings.find((r) => !known.has(r.criterionId));
    if (stray) throw new HttpError("bad_request", `ratings: ${stray.criterionId} is not a criterion of this room's rubric`);
    // The card is written against this rubric: a later change of the organisation's default leaves the room's alone.
    await freezeRubric(d, reader.room.id, rubric);
    const card = await saveCard(d, { roomId: reader.room.id, userId: reader.userId, name: reader.name, ...input });
    if (!card) throw new HttpError("conflict", "your scorecard is submitted: it can no longer be changed");
    if (input.submit) await submitted(c.env, (p) => c.executionCtx.waitUntil(p), d, reader, card);
    return c.json((await scorecardView(d, reader)) satisfies ResponseBody<"saveScorecard">);
  })

  .on(ROUTES.setRubric.method, ROUTES.setRubric.path, smallBody, recordReader(), async (c) => {
    const reader = scorer(c.get("reader"), true);
    const { rubric } = await jsonBody(c, ROUTE_BODIES.setRubric.request);
    const d = db(c.env.DB);
    if (!(await setRoomRubric(d, reader.room.id, rubric, reader.userId))) {
      throw new HttpError("conflict", "a scorecard was submitted against this rubric: it can no longer be changed");
    }
    await audit(d, { roomId: reader.room.id, actor: { userId: reader.userId, name: reader.name }, action: "rubric.set", detail: { criteria: rubric.length } });
    return c.json({ rubric: await roomRubric(d, reader.room) } satisfies ResponseBody<"setRubric">);
  });

/** A submission is an event of the record, a line of the audit log and the organisation's webhook. */
async function submitted(env: Env, waitUntil: (p: Promise<unknown>) => void, d: Db, reader: RecordReader, card: Scorecard): Promise<void> {
  const { room } = reader;
  await audit(d, { roomId: room.id, actor: { userId: reader.userId, name: reader.name }, action: "scorecard.submit", detail: { scorecardId: card.id, recommendation: card.recommendation } });
  try {
    const by = { userId: reader.userId, name: reader.name, role: "interviewer" as const, color: colorFor(reader.userId) };
    await roomStub(env, room.id).recordEvent({ kind: "scorecard", recommendation: card.recommendation }, by);
  } catch (e) {
    // The card is final in D1 already: a record that missed the line is logged, not the submission's failure.
    log("error", "scorecard_record_failed", { roomId: room.id, error: String(e) });
  }
  const interviewer = { userId: reader.userId, name: reader.name };
  waitUntil(emitOrgEvent(env, room.orgId, "scorecard.submitted", { roomId: room.id, title: room.title, scorecardId: card.id, interviewer }));
}
