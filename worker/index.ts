import { Hono } from "hono";
import type { AppEnv } from "./app-env";
import { onError } from "./http-error";
import { requestId } from "./middleware/request-id";
import { roomSocket } from "./routes/room-socket";

export { Room } from "../durable-objects/room/room";

const app = new Hono<AppEnv>()
  .use(requestId())
  .get("/healthz", (c) => c.json({ ok: true }))
  .route("/", roomSocket)
  .notFound((c) => c.json({ error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` } }, 404))
  .onError(onError);

export default app;
