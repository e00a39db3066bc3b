import { Hono } from "hono";
import { CLOSE, CONTRACT_PARAM, CONTRACT_VERSION, DocNameSchema, RoomIdSchema, contractVerdict, docAccess, readContract } from "../../contracts/wire";
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
    const contract = readContract(c.req.query(CONTRACT_PARAM));
    if (contract === "invalid") throw new HttpError("bad_request", `${CONTRACT_PARAM} must be a contract version (a whole number)`);
    // Refused here, before the token is spent or the room woken: after a deploy, a storm of old tabs costs the room nothing.
    if (contractVerdict(contract) === "reload") return closedForReload(contract ?? 0);
    await next();
  },
  rateLimit("socket connect", (env) => Number(env.RATE_SOCKET_CONNECTS_PER_MINUTE) || 240),
  session(),
  async (c) => {
    const doc = DocNameSchema.parse(c.req.param("doc"));
    const identity = c.get("identity");
    if (docAccess(identity.role, doc) === "none") throw new HttpError("forbidden", `a ${identity.role} cannot open the ${doc} doc`);
    const contract = readContract(c.req.query(CONTRACT_PARAM));
    const connect = { identity, doc, inviteId: c.get("inviteId"), ...(typeof contract === "number" ? { contract } : {}) };
    return roomStub(c.env, c.req.param("roomId")).fetch(roomConnectRequest(c.req.raw, connect));
  },
);

/**
 * A socket accepted only to be closed with CLOSE.RELOAD: a browser cannot read an upgrade's HTTP
 * status, only a close code, and this one tells the page to reload rather than reconnect.
 */
function closedForReload(sent: number): Response {
  const pair = new WebSocketPair();
  pair[1].accept();
  pair[1].close(CLOSE.RELOAD, `this page speaks contract ${sent}; Duet is at ${CONTRACT_VERSION}: reload`);
  return new Response(null, { status: 101, webSocket: pair[0] });
}
