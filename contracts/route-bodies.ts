/**
 * What each route of the table (contracts/routes.ts, same names) takes and answers: the zod
 * schemas of its request and response bodies. The Worker validates every request body with these,
 * the web app types its calls by them, and the Worker's tests parse every success answer with them.
 *
 * Errors are not listed: every route answers them as `{error:{code,message}}` (contracts/errors.ts).
 * `null` means no body: a request with none, or an answer that is not JSON (the WebSocket upgrade).
 */
import type { z } from "zod";
import {
  AbortResponseSchema, ApiLanguagesResponseSchema, CancelResponseSchema, CreateInviteResponseSchema, CreateInviteSchema,
  CreateRoomResponseSchema, CreateRoomSchema, EndResponseSchema, ExtendResponseSchema, ExtendSchema, InvitesResponseSchema,
  JoinResponseSchema, JoinSchema, OkSchema, ProblemsResponseSchema, RevokeResponseSchema, RoomResponseSchema,
  SetProblemResponseSchema, SetProblemSchema, SetReadOnlySchema, StoredRunResponseSchema, SubmissionsResponseSchema,
  TestDeployResponseSchema, TestDeploySchema, TestSessionSchema, TimerResponseSchema, TokenResponseSchema, RevealHintResponseSchema, ProblemNotesResponseSchema,
} from "./api";
import { CreateOrgResponseSchema, CreateOrgSchema, EnterRoomResponseSchema, InterviewsResponseSchema, MeResponseSchema } from "./accounts";
import { API_KEY_ROUTE_BODIES } from "./api-keys-bodies";
import { OPERATIONS_ROUTE_BODIES } from "./operations-bodies";
import { ORG_ROUTE_BODIES } from "./orgs-bodies";
import { OWN_PROBLEM_ROUTE_BODIES } from "./own-problems-bodies";
import { ProblemDetailSchema } from "./problems";
import { RecentProblemsResponseSchema } from "./recent-problems";
import { WEBHOOK_ROUTE_BODIES } from "./webhooks-bodies";
import { RECORD_ROUTE_BODIES } from "./record-bodies";
import { ROOM_SESSION_ROUTE_BODIES } from "./room-session";
import { RECORD_EXPORT_ROUTE_BODIES } from "./record-export-bodies";
import { SCORECARD_ROUTE_BODIES } from "./scorecard-bodies";
import {
  ChatSchema, SetLanguageSchema, SetSpectatorsVisibleSchema, StartRunResponseSchema, StartRunSchema, SubmitSchema,
  TimerCommandSchema,
} from "./room-state";
import { type Bodies, bodies } from "./bodies";
import { InviteInfoResponseSchema, InviteInfoSchema } from "./links";
import type { RouteName } from "./routes";

export type { Bodies };


export const ROUTE_BODIES = {
  healthz: bodies(null, OkSchema),

  createRoom: bodies(CreateRoomSchema, CreateRoomResponseSchema),
  join: bodies(JoinSchema, JoinResponseSchema),
  room: bodies(null, RoomResponseSchema),
  setReadOnly: bodies(SetReadOnlySchema, SetReadOnlySchema),
  invites: bodies(null, InvitesResponseSchema),
  createInvite: bodies(CreateInviteSchema, CreateInviteResponseSchema),
  revokeInvite: bodies(null, RevokeResponseSchema),
  inviteInfo: bodies(InviteInfoSchema, InviteInfoResponseSchema),
  end: bodies(null, EndResponseSchema),
  extend: bodies(ExtendSchema, ExtendResponseSchema),

  startRun: bodies(StartRunSchema, StartRunResponseSchema),
  submit: bodies(SubmitSchema, StartRunResponseSchema),
  submissions: bodies(null, SubmissionsResponseSchema),
  cancelRun: bodies(null, CancelResponseSchema),
  run: bodies(null, StoredRunResponseSchema),
  languages: bodies(null, ApiLanguagesResponseSchema),

  chat: bodies(ChatSchema, OkSchema),
  setLanguage: bodies(SetLanguageSchema, SetLanguageSchema),
  setProblem: bodies(SetProblemSchema, SetProblemResponseSchema),
  timer: bodies(TimerCommandSchema, TimerResponseSchema),
  revealHint: bodies(null, RevealHintResponseSchema),
  problemNotes: bodies(null, ProblemNotesResponseSchema),
  setSpectatorsVisible: bodies(SetSpectatorsVisibleSchema, SetSpectatorsVisibleSchema),

  problems: bodies(null, ProblemsResponseSchema),
  problem: bodies(null, ProblemDetailSchema),

  authGet: bodies(null, null),
  authPost: bodies(null, null),
  me: bodies(null, MeResponseSchema),
  myInterviews: bodies(null, InterviewsResponseSchema),
  recentProblems: bodies(null, RecentProblemsResponseSchema),
  createOrg: bodies(CreateOrgSchema, CreateOrgResponseSchema),
  orgInterviews: bodies(null, InterviewsResponseSchema),
  enterRoom: bodies(null, EnterRoomResponseSchema),
  ...ORG_ROUTE_BODIES,
  ...API_KEY_ROUTE_BODIES,
  ...WEBHOOK_ROUTE_BODIES,
  ...RECORD_ROUTE_BODIES,
  ...ROOM_SESSION_ROUTE_BODIES,
  ...RECORD_EXPORT_ROUTE_BODIES,
  ...SCORECARD_ROUTE_BODIES,
  ...OPERATIONS_ROUTE_BODIES,
  ...OWN_PROBLEM_ROUTE_BODIES,

  roomSocket: bodies(null, null),

  testSession: bodies(TestSessionSchema, TokenResponseSchema),
  testAbort: bodies(null, AbortResponseSchema),
  testDeploy: bodies(TestDeploySchema, TestDeployResponseSchema),
} as const satisfies Record<RouteName, Bodies>;

type BodiesOf<N extends RouteName> = (typeof ROUTE_BODIES)[N];

/** The body a route takes (before defaults are applied) and the one it answers with. */
export type RequestBody<N extends RouteName> = BodiesOf<N>["request"] extends z.ZodType ? z.input<BodiesOf<N>["request"]> : never;
export type ResponseBody<N extends RouteName> = BodiesOf<N>["response"] extends z.ZodType ? z.infer<BodiesOf<N>["response"]> : never;
