/**
 * The Worker's HTTP API, built from the route table (contracts/routes.ts): each call's path,
 * method and body and answer types come from its route. JSON in, JSON out; `{error:{code,message}}`
 * is turned into an ApiError.
 */
import type { ApiLanguage, Invite, SetProblemCode } from "../../../contracts/api";
import type { LanguageId } from "../../../contracts/languages";
import type { ProblemDetail, ProblemSummary } from "../../../contracts/problems";
import type { RequestBody, ResponseBody } from "../../../contracts/route-bodies";
import { CSRF_HEADER, type PathParams, pathTo, type Route, ROUTES, type RouteName, type Routes } from "../../../contracts/routes";
import type { TimerCommand } from "../../../contracts/room-state";
import { CONTRACT_HEADER, CONTRACT_VERSION } from "../../../contracts/contract-version";
import type { Role } from "../../../contracts/wire";
import { noteAnswer, noteRefused } from "../version/deployed";

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfter: number | null = null) {
    super(message);
  }
  /** The route is not there yet (an older Worker): features behind it stay hidden. */
  get missing(): boolean {
    return this.status === 404 && this.code === "not_found" && this.message.startsWith("no route");
  }
}

/**
 * Calls a route of the table with its path parameters. Bodies are typed by the route's schemas
 * (contracts/route-bodies.ts) but not parsed here: the schemas would ship with the landing page,
 * and a tab opened before a deploy must keep working when the Worker adds a field. The Worker's
 * tests parse every answer with the strict schemas instead.
 */
export async function api<N extends RouteName>(
  name: N, params: PathParams<Routes[N]["path"]>, opts: { token?: string; body?: RequestBody<N>; keepalive?: boolean; query?: Record<string, string> } = {},
): Promise<ResponseBody<N>> {
  const route: Route = ROUTES[name];
  // The account cookie goes with every call; changes made with it must say they come from this app.
  const headers: Record<string, string> = route.method === "GET" ? {} : { [CSRF_HEADER]: "1" };
  headers[CONTRACT_HEADER] = String(CONTRACT_VERSION); // a deploy's Worker says whether this page is behind (web/src/version/)
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(pathTo(route, params) + (opts.query ? `?${new URLSearchParams(opts.query)}` : ""), {
      method: route.method,
      headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
      // Outlives the page (its last integrity signals); sendBeacon could not carry the Authorization header.
      keepalive: opts.keepalive,
    });
  } catch {
    throw new ApiError(0, "network", "Can't reach Duet — check your connection");
  }
  noteAnswer(res);
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (data?.error?.code === "client_outdated") noteRefused();
  if (!res.ok) {
    const retry = Number(res.headers.get("Retry-After"));
    throw new ApiError(res.status, data?.error?.code ?? "internal", data?.error?.message ?? `HTTP ${res.status}`, retry > 0 ? retry : null);
  }
  return data as ResponseBody<N>;
}

export type { ApiLanguage, Invite, ProblemSummary };
/** `GET /api/problems/:slug` — the contract's type, so the panel renders what the API sends. */
export type Problem = ProblemDetail;

/** Every command the UI sends, in one place. */
export const Api = {
  createRoom: (body: RequestBody<"createRoom">) => api("createRoom", {}, { body }),
  join: (roomId: string, invite: string, name: string, resume?: string) => api("join", { roomId }, { token: invite, body: resume ? { name, resume } : { name } }),
  getRoom: (roomId: string, token: string) => api("room", { roomId }, { token }),
  languages: () => api("languages", {}),
  problems: () => api("problems", {}),
  problem: (slug: string) => api("problem", { slug }),
  /** The problems the signed-in interviewer put on the table lately; none for nobody. */
  recentProblems: () => api("recentProblems", {}),
  /** `input`: stdin for a plain run, or a judged run's cases (the test-case panel's). */
  run: (roomId: string, token: string, language: LanguageId, input: string | Omit<RequestBody<"startRun">, "language"> = {}) =>
    api("startRun", { roomId }, { token, body: typeof input === "string" ? (input ? { language, stdin: input } : { language }) : { language, ...input } }),
  cancelRun: (roomId: string, token: string, runId: string) => api("cancelRun", { roomId, runId }, { token }),
  submit: (roomId: string, token: string, language: LanguageId) => api("submit", { roomId }, { token, body: { language } }),
  setLanguage: (roomId: string, token: string, language: LanguageId) =>
    api("setLanguage", { roomId }, { token, body: { language } }),
  /** `code`: keep the code in the room's language, or replace it with the new problem's starter. */
  setProblem: (roomId: string, token: string, slug: string | null, code: SetProblemCode = "keep") => api("setProblem", { roomId }, { token, body: { slug, code } }),
  chat: (roomId: string, token: string, text: string) => api("chat", { roomId }, { token, body: { text } }),
  timer: (roomId: string, token: string, cmd: TimerCommand) => api("timer", { roomId }, { token, body: cmd }),
  /** Shows the problem's next hint to everyone in the room (interviewer). */
  revealHint: (roomId: string, token: string) => api("revealHint", { roomId }, { token }),
  /** Interviewer-only: every hint, the follow-ups and notes on a strong answer. */
  problemNotes: (roomId: string, token: string) => api("problemNotes", { roomId }, { token }),
  /** Keeps the room open `hours` longer (never past its seven days). */
  extend: (roomId: string, token: string, hours: number) => api("extend", { roomId }, { token, body: { hours } }),
  setReadOnly: (roomId: string, token: string, candidateReadOnly: boolean) =>
    api("setReadOnly", { roomId }, { token, body: { candidateReadOnly } }),
  setSpectatorsVisible: (roomId: string, token: string, visible: boolean) =>
    api("setSpectatorsVisible", { roomId }, { token, body: { visible } }),
  invites: (roomId: string, token: string) => api("invites", { roomId }, { token }),
  newInvite: (roomId: string, token: string, role: Role, singleUse = false) => api("createInvite", { roomId }, { token, body: singleUse ? { role, singleUse } : { role } }),
  /** `own`: the link this session came through, which the interviewer confirmed revoking (it disconnects them). */
  revoke: (roomId: string, token: string, inviteId: string, own = false) => api("revokeInvite", { roomId, inviteId }, { token, query: own ? { confirm: "own" } : undefined }),
  /** What the link leads to (title, role), or why it lets nobody in: asked before the join page asks anything. */
  inviteInfo: (roomId: string, invite: string, resume?: string) => api("inviteInfo", { roomId }, { token: invite, body: resume ? { resume } : {} }),
  end: (roomId: string, token: string) => api("end", { roomId }, { token }),
  signals: (roomId: string, token: string, signals: RequestBody<"signals">["signals"], keepalive = false) =>
    api("signals", { roomId }, { token, body: { signals }, keepalive }),
  setRecordAccess: (roomId: string, token: string, spectators: boolean) => api("recordAccess", { roomId }, { token, body: { spectators } }),
  deleteRecord: (roomId: string, token: string) => api("deleteRecord", { roomId }, { token }),

  // The account (its HttpOnly session cookie goes with every same-origin call; nothing is stored here).
  me: () => api("me", {}),
  myInterviews: () => api("myInterviews", {}),
  createOrg: (name: string) => api("createOrg", {}, { body: { name } }),
  /** An account's way into its room without a link: a session token like a join's. */
  enter: (roomId: string) => api("enterRoom", { roomId }),
};
