/** The Worker's HTTP API: JSON in, JSON out, `{error:{code,message}}` turned into an ApiError. */
import type { CreateRoomResponse, JoinResponse } from "../../../contracts/api";
import type { LanguageInfo } from "../../../contracts/languages";
import type { ProblemDetail, ProblemSummary } from "../../../contracts/problems";
import type { TimerCommand } from "../../../contracts/room-state";
import type { Identity, Role } from "../../../contracts/wire";

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly retryAfter: number | null = null) {
    super(message);
  }
  /** The route is not there yet (an older Worker): features behind it stay hidden. */
  get missing(): boolean {
    return this.status === 404 && this.code === "not_found" && this.message.startsWith("no route");
  }
}

export async function api<T>(path: string, opts: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.Authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["Content-Type"] = "application/json";
  let res: Response;
  try {
    res = await fetch(path, {
      method: opts.method ?? (opts.body !== undefined ? "POST" : "GET"),
      headers,
      body: opts.body !== undefined ? JSON.stringify(opts.body) : undefined,
    });
  } catch {
    throw new ApiError(0, "network", "Can't reach Duet — check your connection");
  }
  const data = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  if (!res.ok) {
    const retry = Number(res.headers.get("Retry-After"));
    throw new ApiError(res.status, data?.error?.code ?? "internal", data?.error?.message ?? `HTTP ${res.status}`, retry > 0 ? retry : null);
  }
  return data as T;
}

export interface Invite { id: string; role: Role; createdAt: number; revokedAt: number | null }
export type { ProblemSummary };
/** `GET /api/problems/:slug` — the contract's type, so the panel renders what the API sends. */
export type Problem = ProblemDetail;

const room = (id: string) => `/api/rooms/${encodeURIComponent(id)}`;

/** Every command the UI sends, in one place. */
export const Api = {
  createRoom: (title: string) => api<CreateRoomResponse>("/api/rooms", { body: { title } }),
  join: (roomId: string, invite: string, name: string) => api<JoinResponse>(`${room(roomId)}/join`, { token: invite, body: { name } }),
  getRoom: (roomId: string, token: string) =>
    api<{ room: { id: string; title: string; expiresAt: number }; identity: Identity }>(room(roomId), { token }),
  languages: () => api<{ languages: LanguageInfo[] }>("/api/languages"),
  problems: () => api<{ problems: ProblemSummary[] }>("/api/problems"),
  problem: (slug: string) => api<Problem>(`/api/problems/${encodeURIComponent(slug)}`),
  run: (roomId: string, token: string, language: string, stdin?: string) =>
    api<{ runId: string }>(`${room(roomId)}/runs`, { token, body: stdin ? { language, stdin } : { language } }),
  cancelRun: (roomId: string, token: string, runId: string) => api(`${room(roomId)}/runs/${encodeURIComponent(runId)}/cancel`, { token, method: "POST" }),
  submit: (roomId: string, token: string, language: string) => api<{ runId?: string }>(`${room(roomId)}/submissions`, { token, body: { language } }),
  setLanguage: (roomId: string, token: string, language: string) => api(`${room(roomId)}/language`, { token, body: { language } }),
  setProblem: (roomId: string, token: string, slug: string | null) => api(`${room(roomId)}/problem`, { token, body: { slug } }),
  chat: (roomId: string, token: string, text: string) => api(`${room(roomId)}/chat`, { token, body: { text } }),
  timer: (roomId: string, token: string, cmd: TimerCommand) => api(`${room(roomId)}/timer`, { token, body: cmd }),
  setReadOnly: (roomId: string, token: string, candidateReadOnly: boolean) => api(`${room(roomId)}/read-only`, { token, body: { candidateReadOnly } }),
  setSpectatorsVisible: (roomId: string, token: string, visible: boolean) => api(`${room(roomId)}/spectators-visible`, { token, body: { visible } }),
  invites: (roomId: string, token: string) => api<{ invites: Invite[] }>(`${room(roomId)}/invites`, { token }),
  newInvite: (roomId: string, token: string, role: Role) => api<{ id: string; role: Role; link: string }>(`${room(roomId)}/invites`, { token, body: { role } }),
  revoke: (roomId: string, token: string, inviteId: string) => api(`${room(roomId)}/invites/${encodeURIComponent(inviteId)}/revoke`, { token, method: "POST" }),
  end: (roomId: string, token: string) => api(`${room(roomId)}/end`, { token, method: "POST" }),
};
