import { Hono } from "hono";
import type { AppEnv } from "./app-env";
import { onError } from "./http-error";
import { contractVersion } from "./middleware/contract-version";
import { originCheck } from "./middleware/origin-check";
import { requestId } from "./middleware/request-id";
import type { ResponseBody } from "../contracts/route-bodies";
import { ROUTES } from "../contracts/routes";
import { accounts } from "./routes/accounts";
import { orgs } from "./routes/orgs";
import { apiKeys } from "./routes/api-keys";
import { problemRoutes } from "./routes/problems";
import { ownProblemRoutes } from "./routes/own-problems";
import { recentProblems } from "./routes/recent-problems";
import { roomCommands } from "./routes/room-commands";
import { roomSocket } from "./routes/room-socket";
import { rooms } from "./routes/rooms";
import { inviteInfo } from "./routes/invite-info";
import { roomSession } from "./routes/room-session";
import { runs } from "./routes/runs";
import { testOnly } from "./routes/test-only";
import { webhooks } from "./routes/webhooks";
import { recordRoutes } from "./routes/record";
import { recordExport } from "./routes/record-export";
import { scorecards } from "./routes/scorecards";
import { clientErrors } from "./routes/client-errors";
import { deepHealth } from "./routes/deep-health";

export { Room } from "../durable-objects/room/room";
export { RateLimiter } from "../durable-objects/rate-limiter";
export { OrgEvents } from "../durable-objects/org/org-events";
export { RunnerContainer } from "../durable-objects/runner-container/runner-container";
export { ProblemChecks } from "../durable-objects/problem-checks/problem-checks";

const app = new Hono<AppEnv>()
  .use(requestId())
  .use(originCheck()) // before every route: a cross-site upgrade or command never reaches a room
  .use(contractVersion()) // a page too old for this Worker is told to reload (sockets: room-socket.ts)
  .on(ROUTES.healthz.method, ROUTES.healthz.path, (c) => c.json({ ok: true } satisfies ResponseBody<"healthz">))
  .route("/", rooms) // before roomSocket: GET …/invites is a route, not a doc
  .route("/", inviteInfo)
  .route("/", roomSession) // before roomSocket: GET …/session is a route, not a doc
  .route("/", runs)
  .route("/", roomCommands)
  .route("/", problemRoutes)
  .route("/", ownProblemRoutes)
  .route("/", recentProblems)
  .route("/", accounts)
  .route("/", orgs)
  .route("/", apiKeys) // before roomSocket: GET …/results is a route, not a doc
  .route("/", webhooks)
  .route("/", recordRoutes) // before roomSocket: GET …/record and …/scorecard are routes, not docs
  .route("/", recordExport)
  .route("/", scorecards)
  .route("/", clientErrors)
  .route("/", deepHealth)
  .route("/", roomSocket)
  .route("/", testOnly)
  .notFound((c) => c.json({ error: { code: "not_found", message: `no route for ${c.req.method} ${c.req.path}` } }, 404))
  .onError(onError);

export default app;
