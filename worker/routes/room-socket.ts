import { Hono } from "hono";
import { DocNameSchema, RoomIdSchema, docAccess } from "../../contracts/wire";
import { roomConnectRequest } from "../../durable-objects/room/connect";
import type { AppEnv } from "../app-env";
import { devOpenIdentity } from "../auth/dev-open-mode";
import { HttpError } from "../http-error";

/** `GET /api/rooms/:roomId/:doc` with `Upgrade: websocket`: checked here, then handed to the room's object. */
export const roomSocket = new Hono<AppEnv>().get("/api/rooms/:roomId/:doc", async (c) => {
  const roomId = RoomIdSchema.safeParse(c.req.param("roomId"));
  if (!roomId.success) throw new HttpError("bad_request", roomId.error.issues[0].message);
  const doc = DocNameSchema.safeParse(c.req.param("doc"));
  if (!doc.success) throw new HttpError("not_found", `unknown doc "${c.req.param("doc")}"; expected code, state or private`);
  if (c.req.header("Upgrade")?.toLowerCase() !== "websocket") throw new HttpError("upgrade_required", "expected a WebSocket upgrade");
  const identity = devOpenIdentity(c);
  if (docAccess(identity.role, doc.data) === "none") throw new HttpError("forbidden", `a ${identity.role} cannot open the ${doc.data} doc`);
  const stub = c.env.ROOM.get(c.env.ROOM.idFromName(roomId.data));
  return stub.fetch(roomConnectRequest(c.req.raw, identity, doc.data));
});
