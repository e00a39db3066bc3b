/**
 * Every HTTP route the Worker serves, in one table: its method and path pattern (Hono's `:param`
 * syntax), and in contracts/route-bodies.ts, under the same name, the zod schemas of its request
 * and response bodies. The Worker registers its routes from here (handlers in worker/routes/*),
 * the web app and the tests build their URLs with `pathTo`, and a Worker test checks that the
 * Worker serves exactly these routes.
 *
 * No zod here: the landing page builds its URLs from this file without shipping every schema.
 */

import { API_KEY_ROUTES } from "./api-keys-routes";
import { OPERATIONS_ROUTES } from "./operations-routes";
import { OWN_PROBLEM_ROUTES } from "./own-problems-routes";
import { ORG_ROUTES } from "./orgs-routes";
import { RECORD_EXPORT_ROUTES } from "./record-export-routes";
import { RECORD_ROUTES } from "./record-routes";
import { ROOM_SESSION_ROUTES } from "./room-session-routes";
import { SCORECARD_ROUTES } from "./scorecard-routes";
import { WEBHOOK_ROUTES } from "./webhooks-routes";

export type Method = "GET" | "POST" | "PUT" | "DELETE";

/**
 * The header every change made with the account cookie carries (DESIGN.md: Origin and a CSRF header).
 * A page can only add a custom header to a request of its own site without a CORS preflight, which
 * the Worker never grants: a second wall behind the Origin check.
 */
export const CSRF_HEADER = "X-Duet-Request";

export interface Route<M extends Method = Method, P extends string = string> {
  method: M;
  path: P;
}

const room = "/api/rooms/:roomId";

export const ROUTES = {
  healthz: { method: "GET", path: "/healthz" },

  // rooms and their links (worker/routes/rooms.ts)
  createRoom: { method: "POST", path: "/api/rooms" },
  join: { method: "POST", path: `${room}/join` },
  room: { method: "GET", path: room },
  setReadOnly: { method: "POST", path: `${room}/read-only` },
  invites: { method: "GET", path: `${room}/invites` },
  createInvite: { method: "POST", path: `${room}/invites` },
  revokeInvite: { method: "POST", path: `${room}/invites/:inviteId/revoke` },
  inviteInfo: { method: "POST", path: `${room}/invite-info` },
  end: { method: "POST", path: `${room}/end` },
  extend: { method: "POST", path: `${room}/extend` },

  // runs and submissions (worker/routes/runs.ts)
  startRun: { method: "POST", path: `${room}/runs` },
  submit: { method: "POST", path: `${room}/submissions` },
  submissions: { method: "GET", path: `${room}/submissions` },
  cancelRun: { method: "POST", path: `${room}/runs/:runId/cancel` },
  run: { method: "GET", path: `${room}/runs/:runId` },
  languages: { method: "GET", path: "/api/languages" },

  // commands that change the state doc (worker/routes/room-commands.ts)
  chat: { method: "POST", path: `${room}/chat` },
  setLanguage: { method: "POST", path: `${room}/language` },
  setProblem: { method: "POST", path: `${room}/problem` },
  timer: { method: "POST", path: `${room}/timer` },
  revealHint: { method: "POST", path: `${room}/hints` },
  problemNotes: { method: "GET", path: `${room}/problem-notes` },
  setSpectatorsVisible: { method: "POST", path: `${room}/spectators-visible` },

  // the problem library (worker/routes/problems.ts)
  problems: { method: "GET", path: "/api/problems" },
  problem: { method: "GET", path: "/api/problems/:slug" },

  // accounts and organisations (worker/routes/accounts.ts): /api/auth/* is better-auth's own protocol
  // (passkeys, OpenID Connect, sessions), answered in its own format by its handler.
  authGet: { method: "GET", path: "/api/auth/*" },
  authPost: { method: "POST", path: "/api/auth/*" },
  me: { method: "GET", path: "/api/me" },
  myInterviews: { method: "GET", path: "/api/me/interviews" },
  /** The problems the signed-in account put on the table lately (contracts/recent-problems.ts). */
  recentProblems: { method: "GET", path: "/api/me/recent-problems" },
  createOrg: { method: "POST", path: "/api/orgs" },
  orgInterviews: { method: "GET", path: "/api/orgs/:orgId/interviews" },
  enterRoom: { method: "POST", path: `${room}/enter` },
  ...ORG_ROUTES,
  ...API_KEY_ROUTES,
  ...WEBHOOK_ROUTES,
  ...RECORD_ROUTES,
  ...ROOM_SESSION_ROUTES,
  ...RECORD_EXPORT_ROUTES,
  ...SCORECARD_ROUTES,
  ...OPERATIONS_ROUTES,
  ...OWN_PROBLEM_ROUTES,

  /** A WebSocket upgrade (y-websocket protocol, contracts/wire.ts) with `?token=` a session token (worker/routes/room-socket.ts). */
  roomSocket: { method: "GET", path: `${room}/:doc` },

  // only when DUET_ENV is "test" (worker/routes/test-only.ts)
  testSession: { method: "POST", path: "/api/test/sessions" },
  testAbort: { method: "POST", path: "/api/test/rooms/:roomId/abort" },
  /** A deploy of a newer contract, as the room sees it: its deployed version set, then the object ended (its sockets drop). */
  testDeploy: { method: "POST", path: "/api/test/rooms/:roomId/deploy" },
} as const satisfies Record<string, Route>;

export type Routes = typeof ROUTES;
export type RouteName = keyof Routes;

/** `"/api/rooms/:roomId/runs/:runId"` → `"roomId" | "runId"`. */
type ParamName<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamName<`/${Rest}`>
  : P extends `${string}:${infer Name}` ? Name
  : never;
export type PathParams<P extends string> = { [K in ParamName<P>]: string };
/** Params exactly when the path has some; any params for a route known only as `Route` (tests that walk the table). */
type ParamArgs<P extends string> = string extends P ? [params?: Record<string, string>]
  : [ParamName<P>] extends [never] ? [] : [params: PathParams<P>];

/** A route's path with its parameters filled in, each one URI-encoded: `pathTo(ROUTES.run, { roomId, runId })`. */
export function pathTo<R extends Route>(route: R, ...[params]: ParamArgs<R["path"]>): string {
  const values = (params ?? {}) as Record<string, string>;
  return route.path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(values[name]));
}

/**
 * The server URL path y-websocket's `WebsocketProvider(url, doc, …)` takes for a room: the socket
 * route without its last segment, which the provider appends itself (the doc name as its room name).
 */
export function roomSocketBase(roomId: string): string {
  return pathTo(ROUTES.roomSocket, { roomId, doc: "" }).replace(/\/$/, "");
}
