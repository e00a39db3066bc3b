import { Hono } from "hono";
import { DocNameSchema, RoomIdSchema, docAccess } from "../../contracts/wire";
import { roomConnectRequest } from "../../contracts/room-rpc";
import { ROUTES } from "../../contracts/routes";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { rateLimit } from "../middleware/rate-limit";
import { session } from "../middleware/session";
import { roomStub } from "../room-stub";

/**
 * `GET /api/rooms/:roomId/:doc?token=…` with `Upgrade: websocket`. Everything is checked here —
 * shape, rate, token, room, revocation, role — before the room's object sees the request.
 */
export const roomSocket = new Hono<AppEnv>().on(
  ROUTES.roomSocket.method,
  ROUTES.roomSocket.path,
  async function validateUpgrade(c, next) {
    const roomId = RoomIdSchema.safeParse(c.req.param("roomId"));
    if (!roomId.success) throw new HttpError("bad_request", roomId.error.issues[0].message);
    if (!DocNameSchema.safeParse(c.req.param("doc")).success) {
      throw new HttpError("not_found", `unknown doc "${c.req.param("doc")}"; expected code, state or private`);
    }
    if (c.req.header("Upgrade")?.toLowerCase() !== "websocket") throw new HttpError("upgrade_required", "expected a WebSocket upgrade");
    await next();
  },
  rateLimit("socket connect", (env) => Number(env.RATE_SOCKET_CONNECTS_PER_MINUTE) || 240),
  session(),
  async (c) => {
    const doc = DocNameSchema.parse(c.req.param("doc"));
    const identity = c.get("identity");
    if (docAccess(identity.role, doc) === "none") throw new HttpError("forbidden", `a ${identity.role} cannot open the ${doc} doc`);
    return roomStub(c.env, c.req.param("roomId")).fetch(roomConnectRequest(c.req.raw, { identity, doc, inviteId: c.get("inviteId") }));
  },
);
