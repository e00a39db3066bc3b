/**
 * Routes that exist only when DUET_ENV is exactly "test": the soak bench aborts a room's object
 * at random through them, as an eviction or a deploy would, and Room tests get a real session for
 * a room of their own naming without importing the Worker, and a browser test deploys a newer
 * contract to one room (durable-objects/room/contract.ts). Anywhere else they answer 404, and the
 * Room refuses the abort on its own as well.
 */
import { Hono, type MiddlewareHandler } from "hono";
import { MAX_ROOM_LIFETIME_MS } from "../../contracts/api";
import { ROUTE_BODIES, type ResponseBody } from "../../contracts/route-bodies";
import { ROUTES } from "../../contracts/routes";
import { RoomIdSchema } from "../../contracts/wire";
import type { AppEnv } from "../app-env";
import { tokenSecret } from "../auth/secret";
import { signToken } from "../auth/tokens";
import { HttpError } from "../http-error";
import { roomStub } from "../room-stub";
import { jsonBody } from "../validate";

const onlyInTests: MiddlewareHandler<AppEnv> = async function onlyInTests(c, next) {
  if (c.env.DUET_ENV !== "test") throw new HttpError("not_found", `no route for ${c.req.method} ${c.req.path}`);
  await next();
};

export const testOnly = new Hono<AppEnv>()
  .on(ROUTES.testSession.method, ROUTES.testSession.path, onlyInTests, async (c) => {
    const s = await jsonBody(c, ROUTE_BODIES.testSession.request);
    const now = Date.now();
    await c.env.DB.prepare("INSERT OR IGNORE INTO rooms (id, title, owner_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
      .bind(s.roomId, "test room", "test", now, now + MAX_ROOM_LIFETIME_MS)
      .run();
    const token = await signToken(
      { kind: "session", v: 1, rid: s.roomId, role: s.role, jti: s.inviteId, uid: s.userId, name: s.name, exp: now + MAX_ROOM_LIFETIME_MS },
      tokenSecret(c.env),
    );
    return c.json({ token } satisfies ResponseBody<"testSession">);
  })
  .on(ROUTES.testAbort.method, ROUTES.testAbort.path, onlyInTests, async (c) => {
    const roomId = RoomIdSchema.parse(c.req.param("roomId"));
    // abort() ends the object mid-call, so the call itself fails: that is the success case.
    await roomStub(c.env, roomId).testAbort().catch(() => undefined);
    return c.json({ aborted: roomId } satisfies ResponseBody<"testAbort">);
  })
  .on(ROUTES.testDeploy.method, ROUTES.testDeploy.path, onlyInTests, async (c) => {
    const roomId = RoomIdSchema.parse(c.req.param("roomId"));
    const { contract } = await jsonBody(c, ROUTE_BODIES.testDeploy.request);
    // Like the abort: the object ends mid-call (its sockets drop, as in a deploy), so the call fails.
    await roomStub(c.env, roomId).testDeploy(contract).catch(() => undefined);
    return c.json({ deployed: contract } satisfies ResponseBody<"testDeploy">);
  });
