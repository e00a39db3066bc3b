/**
 * The interview record: its timeline a page at a time, the code at any moment, the participants'
 * integrity signals, who may read it, and deleting it. Readers are checked by recordReader()
 * (interviewers, the organisation's reviewers and admins, spectators when granted; never
 * candidates); what the Room holds is the record itself (durable-objects/room/record/). An
 * organisation's admin erases every record of a named candidate (an erasure request).
 */
import { Hono } from "hono";
import { can } from "../../contracts/org-roles";
import { CodeAtQuerySchema, RECORD_PAGE_MAX, RecordQuerySchema, SIGNALS_MAX_BYTES } from "../../contracts/record";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import type { AppEnv, RecordReaderInfo } from "../app-env";
import { audit } from "../../data/audit";
import { db } from "../../data/db";
import { orgAudit, roleIn } from "../../data/orgs";
import { ERASED_NAME, eraseRoomRecord, roomsOfCandidate } from "../../data/record-erasure";
import { endRoom } from "../../data/rooms";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { bodyCap, smallBody } from "../middleware/body-cap";
import { actorOf, orgAccess } from "../middleware/org-access";
import { recordReader } from "../middleware/record-reader";
import { session } from "../middleware/session";
import { queryOf } from "../query";
import { roomStub } from "../room-stub";
import { sealedEvents } from "../scorecard-seal";
import { jsonBody } from "../validate";

const GONE = "this interview's record was deleted";
const readsAll = (r: RecordReaderInfo) => r.access !== "spectator";

export const recordRoutes = new Hono<AppEnv>()
  .on(ROUTES.record.method, ROUTES.record.path, recordReader(), async (c) => {
    const q = queryOf(c, RecordQuerySchema);
    const reader = c.get("reader");
    const limit = Math.min(q.limit, RECORD_PAGE_MAX);
    const stub = roomStub(c.env, reader.room.id);
    const [page, status] = await Promise.all([
      stub.recordPage({ after: q.after, limit, reader: readsAll(reader) ? "interviewer" : "spectator", deltas: q.deltas === "1" }),
      stub.recordStatus(),
    ]);
    if (!page || !status) throw new HttpError("not_found", GONE);
    const { room } = reader;
    return c.json({
      room: { id: room.id, title: room.title, orgId: room.orgId, createdAt: room.createdAt, expiresAt: room.expiresAt, endedAt: room.endedAt, deleteAt: status.deleteAt },
      participants: page.participants,
      startedAt: page.startedAt,
      endedAt: status.endedAt,
      events: await sealedEvents(db(c.env.DB), reader, page.events),
      next: page.next,
      limit,
      capped: q.limit > RECORD_PAGE_MAX,
    } satisfies ResponseBody<"record">);
  })

  .on(ROUTES.recordCode.method, ROUTES.recordCode.path, recordReader(), async (c) => {
    const { t } = queryOf(c, CodeAtQuerySchema);
    const reader = c.get("reader");
    const code = await roomStub(c.env, reader.room.id).codeAt(t, { notes: readsAll(reader) });
    if (!code) throw new HttpError("not_found", GONE);
    return c.json(code satisfies ResponseBody<"recordCode">);
  })

  // A spectator's focus says nothing about the interview: only candidates' and interviewers' claims are recorded.
  .on(ROUTES.signals.method, ROUTES.signals.path, bodyCap(SIGNALS_MAX_BYTES, "4 KiB"), session({ roles: ["candidate", "interviewer"] }), async (c) => {
    const { signals } = await jsonBody(c, ROUTE_BODIES.signals.request);
    const result = await roomStub(c.env, c.get("room").id).signals(c.get("identity"), signals);
    if (!result.ok) throw new HttpError("rate_limited", `one batch of signals every 5 s; try again in ${result.retryAfter} s`, { "Retry-After": String(result.retryAfter) });
    return c.json({ accepted: result.accepted } satisfies ResponseBody<"signals">, 202);
  })

  .on(ROUTES.recordAccess.method, ROUTES.recordAccess.path, smallBody, session({ roles: ["interviewer"] }), async (c) => {
    const { spectators } = await jsonBody(c, ROUTE_BODIES.recordAccess.request);
    await roomStub(c.env, c.get("room").id).setRecordAccess(spectators, c.get("identity"));
    return c.json({ spectators } satisfies ResponseBody<"recordAccess">);
  })

  .on(ROUTES.deleteRecord.method, ROUTES.deleteRecord.path, recordReader(), async (c) => {
    const reader = c.get("reader");
    const { room } = reader;
    const d = db(c.env.DB);
    const orgRole = room.orgId && reader.via === "account" ? await roleIn(d, room.orgId, reader.userId) : null;
    if (reader.access !== "interviewer" && !(orgRole && can(orgRole, "manageOrganisation"))) {
      throw new HttpError("forbidden", "only the room's interviewers and its organisation's admins delete its record");
    }
    await endRoom(d, room.id); // nobody comes back into a room whose record is gone
    if (!(await roomStub(c.env, room.id).deleteRecord())) throw new HttpError("not_found", GONE);
    const actor = { userId: reader.userId, name: reader.name };
    await audit(d, { roomId: room.id, actor: { userId: reader.userId, name: "(deleted)" }, action: "record.delete" });
    if (room.orgId) await orgAudit(d, { orgId: room.orgId, actor, action: "record.delete", detail: { roomId: room.id } });
    return c.json({ deleted: true } satisfies ResponseBody<"deleteRecord">);
  })

  // An erasure request: every room of the organisation the named candidate joined, ended and its record deleted.
  .on(ROUTES.eraseCandidate.method, ROUTES.eraseCandidate.path, smallBody, signedIn(), async (c) => {
    const { me, d, orgId } = await orgAccess(c, "manageOrganisation");
    const { name } = await jsonBody(c, ROUTE_BODIES.eraseCandidate.request);
    const rooms = await roomsOfCandidate(d, orgId, name);
    for (const roomId of rooms) {
      await endRoom(d, roomId);
      // A Room with no record left (deleted since) still gets D1's part erased here.
      if (!(await roomStub(c.env, roomId).deleteRecord())) await eraseRoomRecord(d, roomId);
      await audit(d, { roomId, actor: { userId: me.userId, name: ERASED_NAME }, action: "record.delete" });
    }
    // The organisation's log keeps that an erasure was done and of which rooms, never whose name it was.
    await orgAudit(d, { orgId, actor: actorOf(me), action: "record.erase", detail: { rooms } });
    return c.json({ rooms } satisfies ResponseBody<"eraseCandidate">);
  });
