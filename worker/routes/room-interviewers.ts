/**
 * Adding an interviewer to a room: the room's interviewer (or an admin of its organisation) adds
 * another member of that organisation who runs interviews; they then enter the room as interviewer
 * without a link (`POST /api/rooms/:roomId/enter`) and find it under "Your interviews".
 */
import { Hono } from "hono";
import { can } from "../../contracts/accounts";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { RoomIdSchema } from "../../contracts/wire";
import { db } from "../../data/db";
import { memberOf } from "../../data/org-members";
import { addRoomInterviewer, isRoomInterviewer, orgAudit, roleIn } from "../../data/orgs";
import { openRoomFor } from "../../data/rooms";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { signedIn } from "../middleware/account";
import { smallBody } from "../middleware/body-cap";
import { actorOf } from "../middleware/org-access";
import { jsonBody } from "../validate";

export const roomInterviewers = new Hono<AppEnv>()
  .on(ROUTES.addRoomInterviewer.method, ROUTES.addRoomInterviewer.path, smallBody, signedIn(), async (c) => {
    const me = c.get("account");
    if (!me) throw new HttpError("unauthorized", "sign in first");
    const roomId = RoomIdSchema.safeParse(c.req.param("roomId"));
    if (!roomId.success) throw new HttpError("not_found", "no such room");
    const d = db(c.env.DB);
    const open = await openRoomFor(d, roomId.data, "");
    if (!open.ok) throw new HttpError(open.reason === "not_found" ? "not_found" : "conflict", open.reason === "not_found" ? "no such room" : `this room has ${open.reason}`);
    const { room } = open;
    const orgId = room.orgId;
    if (!orgId) throw new HttpError("conflict", "this room belongs to no organisation: share its interviewer link instead");

    // The room's own interviewer while still in its organisation, or any admin of that organisation.
    const myRole = await roleIn(d, orgId, me.userId);
    const allowed = myRole === "admin" || (myRole !== null && (await isRoomInterviewer(d, room, me.userId, myRole)));
    if (!allowed) throw new HttpError("forbidden", "only the room's interviewer or an admin of its organisation can add interviewers");

    const { userId } = await jsonBody(c, ROUTE_BODIES.addRoomInterviewer.request);
    const member = await memberOf(d, orgId, userId);
    if (!member) throw new HttpError("not_found", "no such member of the room's organisation");
    if (!can(member.role, "runInterviews")) throw new HttpError("conflict", `${member.name} is a ${member.role}: only the organisation's interviewers and admins run interviews`);
    await addRoomInterviewer(d, room.id, userId);
    await orgAudit(d, { orgId, actor: actorOf(me), action: "room.add_interviewer", detail: { roomId: room.id, userId, name: member.name } });
    return c.json({ roomId: room.id, userId, name: member.name } satisfies ResponseBody<"addRoomInterviewer">);
  });
