/**
 * Interviewers' scorecards: each fills their own, sealed until they submit it. Readers come through
 * recordReader (a room session, also after the end during retention, or an account): the room's
 * interviewers write their own card and read the others' once theirs is submitted; the
 * organisation's reviewers and admins read submitted cards; nobody else reads any, and nobody but
 * its author ever reads a draft.
 */
import { Hono } from "hono";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { SCORECARD_BODY_MAX_BYTES, type Scorecard } from "../../contracts/scorecards";
import { audit } from "../../data/audit";
import { db, type Db } from "../../data/db";
import { cardsOf, freezeRubric, roomRubric, saveCard, setRoomRubric } from "../../data/scorecards";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { bodyCap, smallBody } from "../middleware/body-cap";
import { session } from "../middleware/session";
import type { MiddlewareHandler } from "hono";
import type { RoomRow } from "../../data/rooms";

// INTERIM until the lead's worker/middleware/record-reader.ts lands: a live room session only.
type RecordReader = { room: RoomRow; userId: string; name: string; access: "interviewer" | "reviewer" | "spectator"; via: "session" | "account" };
const readers = new WeakMap<object, RecordReader>();
function recordReader(): MiddlewareHandler<AppEnv> {
  const s = session();
  return (c, next) => s(c, async () => {
    const id = c.get("identity");
    if (id.role === "candidate") throw new HttpError("forbidden", "candidates do not read the record");
    readers.set(c.req.raw, { room: c.get("room"), userId: id.userId, name: id.name, access: id.role, via: "session" });
    await next();
  });
}
const getReader = (c: { req: { raw: object } }) => readers.get(c.req.raw)!;
import { emitOrgEvent } from "../org-events";
import { roomStub } from "../room-stub";
import { jsonBody } from "../validate";

const scorecardBody = bodyCap(SCORECARD_BODY_MAX_BYTES, `${SCORECARD_BODY_MAX_BYTES / 1024} KiB`);

/** Scorecards are the interviewers' and the reviewers': a spectator granted the record reads no card. */
function scorer(reader: RecordReader, write = false): RecordReader {
  if (reader.access === "spectator") throw new HttpError("forbidden", "scorecards are for the interview's interviewers and the organisation's reviewers");
  if (write && reader.access !== "interviewer") throw new HttpError("forbidden", "only the interview's interviewers write scorecards");
  return reader;
}

/** What this reader may see of the room's cards: the sealing rule, in one place. */
async function view(d: Db, reader: RecordReader): Promise<ResponseBody<"scorecard">> {
  const [rubric, cards] = await Promise.all([roomRubric(d, reader.room), cardsOf(d, reader.room.id)]);
  const interviewer = reader.access === "interviewer";
  const mine = interviewer ? (cards.find((c) => c.userId === reader.userId) ?? null) : null;
  const submitted = cards.filter((c): c is Scorecard & { submittedAt: number } => c.submittedAt !== null && c !== mine);
  const sealed = interviewer && mine?.submittedAt == null;
  return {
    rubric,
    mine,
    others: sealed ? [] : submitted,
    sealed,
    submittedCount: submitted.length,
    canWrite: interviewer && mine?.submittedAt == null,
    rubricLocked: cards.some((c) => c.submittedAt !== null),
  };
}

export const scorecards = new Hono<AppEnv>()
  .on(ROUTES.scorecard.method, ROUTES.scorecard.path, recordReader(), async (c) =>
    c.json((await view(db(c.env.DB), scorer(getReader(c)))) satisfies ResponseBody<"scorecard">))

  .on(ROUTES.saveScorecard.method, ROUTES.saveScorecard.path, scorecardBody, recordReader(), async (c) => {
    const reader = scorer(getReader(c), true);
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
    return c.json((await view(d, reader)) satisfies ResponseBody<"saveScorecard">);
  })

  .on(ROUTES.setRubric.method, ROUTES.setRubric.path, smallBody, recordReader(), async (c) => {
    const reader = scorer(getReader(c), true);
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
    // INTERIM: recordEvent lands with the lead's record core.
    await (roomStub(env, room.id) as unknown as { recordEvent(e: unknown): Promise<number> }).recordEvent({ kind: "scorecard", userId: reader.userId, recommendation: card.recommendation });
  } catch (e) {
    // The card is final in D1 already: a record that missed the line is logged, not the submission's failure.
    console.error(JSON.stringify({ event: "scorecard_record_failed", roomId: room.id, error: String(e) }));
  }
  const interviewer = { userId: reader.userId, name: reader.name };
  waitUntil(emitOrgEvent(env, room.orgId, "scorecard.submitted", { roomId: room.id, title: room.title, scorecardId: card.id, interviewer }));
}
