/**
 * Routes that exist only when DUET_ENV is exactly "test": the soak bench aborts a room's object
 * at random through them, as an eviction or a deploy would. Anywhere else they answer 404, and
 * the Room refuses the call on its own as well.
 */
import { Hono } from "hono";
import { RoomIdSchema } from "../../contracts/wire";
import type { AppEnv } from "../app-env";
import { HttpError } from "../http-error";
import { roomStub } from "../room-stub";

export const testOnly = new Hono<AppEnv>().post("/api/test/rooms/:roomId/abort", async (c) => {
  if (c.env.DUET_ENV !== "test") throw new HttpError("not_found", `no route for ${c.req.method} ${c.req.path}`);
  const roomId = RoomIdSchema.parse(c.req.param("roomId"));
  // abort() ends the object mid-call, so the call itself fails: that is the success case.
  await roomStub(c.env, roomId).testAbort().catch(() => undefined);
  return c.json({ aborted: roomId });
});
