/**
 * What the Worker asks of a room over RPC, once it has checked the caller's role. DO RPC calls
 * methods of the class, so the Room keeps one line per command that delegates here; the logic,
 * and what each command means for the room's docs, sockets and storage, is in this module.
 */
import { LANGUAGE_IDS } from "../../contracts/language-schema";
import type { LanguageId } from "../../contracts/languages";
import { DEFAULT_ROOM_LANGUAGE, codeText, readMeta, setMeta, type StartRun, type Timer, type TimerCommand } from "../../contracts/room-state";
import { SIGNALS_MIN_INTERVAL_MS, type NewRecordEvent, type Signal } from "../../contracts/record";
import type { RunResult } from "../../contracts/room-rpc";
import { CLOSE, type DocName, type Identity, type Role } from "../../contracts/wire";
import type { RoomData } from "../../data/room-data";
import { docThrough, seqAtTime } from "./record/history";
import { deleteAt } from "../../contracts/record-retention";
import { resetBuffer, seedBuffer, swapStarters, type Starters } from "./buffers";
import type { SetProblemCode } from "../../contracts/api";
import { ROOM } from "./origins";
import type { RoomDocs } from "./room-docs";
import { RunController } from "./runs/run-controller";
import type { RoomSettings } from "./settings";
import type { SocketTable } from "./sockets";
import type { Spectators } from "./spectators";
import { appendChat, publishSettings } from "./state-writes";
import { nextTimer, timerEndsAt, timerRemainingMs } from "./timer";
import type { RoomStorage } from "./storage";

/** What a room keeps of a problem when it is picked. */
export interface RoomProblem {
  slug: string;
  starter: Starters;
  hints?: string[];
}

/** What the Worker gives a new room. */
export interface RoomInit {
  roomId: string;
  title: string;
  expiresAt: number;
  language?: LanguageId;
  problem?: RoomProblem | null;
  tenant?: string;
  /** The tenant's cap on rooms running code at once, when its organisation set one (else the deployment's). */
  roomsWithRuns?: number;
  /** The organisation whose webhooks hear of the room's end. */
  orgId?: string | null;
  /** The organisation's record retention in days (else the deployment's cap). */
  retentionDays?: number | null;
}

export interface CommandHost {
  env: Env;
  ctx: DurableObjectState;
  data: RoomData;
  store: RoomStorage;
  docs: RoomDocs;
  sockets: SocketTable;
  spectators: Spectators;
  /** Closes a socket as the room does (its departure handled first). */
  close(ws: WebSocket, code: number, reason: string): void;
  /** Expiry deleted the room's storage: no new runs. */
  purged(): boolean;
  label: string;
}

export class RoomCommands {
  readonly runs: RunController;

  constructor(readonly host: CommandHost) {
    const { env, ctx, data, store, docs, label } = host;
    const settings = () => store.settings.get();
    this.runs = new RunController(
      {
        env, data, ctx, state: docs.doc("state"), origin: ROOM, roomLabel: label,
        source: (language, at) => codeText(at === undefined ? docs.doc("code") : docThrough(store.log, "code", seqAtTime(store.log, "code", at)), language).toString(),
        record: (event, by) => void this.record(event, by),
        problemSlug: () => settings().problem?.slug ?? null,
        roomId: () => settings().roomId,
        tenant: () => settings().tenant ?? `room:${ctx.id.toString()}`,
        roomsWithRuns: () => settings().roomsWithRuns,
      },
      store.runs,
    );
  }

  configure(init: RoomInit): void {
    const { store, docs } = this.host;
    this.#publish(store.settings.update({ roomId: init.roomId, title: init.title, expiresAt: init.expiresAt, tenant: init.tenant ?? null, roomsWithRuns: init.roomsWithRuns ?? null, orgId: init.orgId ?? null, retentionDays: init.retentionDays ?? null }));
    setMeta(docs.doc("state"), { language: init.language ?? DEFAULT_ROOM_LANGUAGE }, ROOM);
    this.setProblem(init.problem ?? null);
    store.deadlines.set("expiry", init.expiresAt);
  }

  setCandidateReadOnly(candidateReadOnly: boolean, by?: Identity): void {
    this.#publish(this.host.store.settings.update({ candidateReadOnly }));
    this.#record({ kind: "read-only", candidateReadOnly }, by);
  }

  /** Whether candidates see the spectators' carets; switching sends them, or takes them away, at once. */
  setSpectatorsVisible(spectatorsVisible: boolean, by?: Identity): void {
    const before = this.host.store.settings.get().spectatorsVisible;
    this.#publish(this.host.store.settings.update({ spectatorsVisible }));
    if (before !== spectatorsVisible) this.host.spectators.switched(spectatorsVisible);
    this.#record({ kind: "spectators-visible", visible: spectatorsVisible }, by);
  }

  /** Whether the room's spectators may read its record (the interviewer grants it; off by default). */
  setRecordAccess(spectators: boolean, by?: Identity): void {
    this.#publish(this.host.store.settings.update({ recordSpectators: spectators }));
    this.#record({ kind: "record-access", spectators }, by);
  }

  /** Closes every socket opened with that invite, at once; returns how many. */
  revokeInvite(inviteId: string, by?: Identity): number {
    const sockets = this.host.sockets.of(`invite:${inviteId}`);
    this.#record({ kind: "invite.revoke", inviteId }, by);
    for (const ws of sockets) this.host.close(ws, CLOSE.FORBIDDEN, "this link was revoked");
    return sockets.length;
  }

  end(at = Date.now(), by?: Identity): void {
    this.#publish(this.host.store.settings.update({ endedAt: at }));
    this.#record({ kind: "end" }, by);
    this.retainUntilDue(at);
    for (const ws of this.host.sockets.of()) this.host.close(ws, CLOSE.ROOM_CLOSED, "the interviewer ended this interview");
  }

  extend(expiresAt: number, by?: Identity): void {
    this.#publish(this.host.store.settings.update({ expiresAt }));
    this.host.store.deadlines.set("expiry", expiresAt);
    this.#record({ kind: "extend", expiresAt }, by);
  }

  chat(by: Identity, text: string): void {
    const ts = Date.now();
    appendChat(this.host.docs.doc("state"), { id: crypto.randomUUID(), userId: by.userId, name: by.name, role: by.role, text, ts }, ROOM);
    this.#record({ kind: "chat", text }, by);
  }

  /**
   * Switches the room's language; an empty buffer gets the starter code, once, from here. A
   * candidate the interviewer made read-only may not: it would change what everyone edits and runs.
   */
  setLanguage(language: LanguageId, by?: Identity): "read_only" | null {
    const { docs, store } = this.host;
    if (by?.role === "candidate" && store.settings.get().candidateReadOnly) return "read_only";
    seedBuffer(docs.doc("code"), language, store.settings.get().problem?.starter, ROOM);
    setMeta(docs.doc("state"), { language }, ROOM);
    this.#record({ kind: "language", language }, by);
    return null;
  }

  /**
   * Puts a problem on the table (or clears it); untouched buffers get its starter code. "replace"
   * also replaces the room's language's code with the new starter (the template when clearing): an
   * edit of the room's, so every participant converges on it, and the record has the problem event
   * (naming the language replaced) and then that edit.
   */
  setProblem(problem: RoomProblem | null, by?: Identity, code: SetProblemCode = "keep"): void {
    const { docs, store } = this.host;
    const language = readMeta(docs.doc("state")).language;
    this.#record({ kind: "problem", slug: problem?.slug ?? null, ...(code === "replace" ? { replacedCode: language } : {}) }, by);
    const before = store.settings.get().problem;
    const kept = problem ? { slug: problem.slug, starter: problem.starter, hints: problem.hints ?? [] } : null;
    store.settings.update({ problem: kept });
    swapStarters(docs.doc("code"), before?.starter, problem?.starter ?? null, language, ROOM);
    if (code === "replace") resetBuffer(docs.doc("code"), language, problem?.starter, ROOM);
    // A new problem starts with its hints hidden, even the same problem picked again.
    setMeta(docs.doc("state"), { problemSlug: problem?.slug ?? null, hintCount: kept?.hints.length ?? 0, hints: [] }, ROOM);
    // SQL and functions do not mix: an SQL problem (its one starter is SQL's) is judged in SQL alone,
    // and SQL cannot write a function. Other run-only languages stay: the interviewer chose them.
    const languages = problem ? Object.keys(problem.starter) : [];
    const sqlProblem = languages.length === 1 && languages[0] === "sql";
    if (problem && sqlProblem !== (language === "sql")) this.setLanguage(sqlProblem ? "sql" : firstLanguage(languages), by);
  }

  problemOnTable(): { slug: string; hints: string[] } | null {
    const problem = this.host.store.settings.get().problem;
    return problem ? { slug: problem.slug, hints: problem.hints } : null;
  }

  /** Shows the problem's next hint to everyone in the room, and records when. */
  revealHint(by?: Identity, now = Date.now()): { shown: number; total: number } | { refused: "no_problem" | "no_more_hints" } {
    const problem = this.host.store.settings.get().problem;
    if (!problem || problem.hints.length === 0) return { refused: "no_problem" };
    const state = this.host.docs.doc("state");
    const shown = readMeta(state).hints;
    if (shown.length >= problem.hints.length) return { refused: "no_more_hints" };
    const index = shown.length;
    setMeta(state, { hints: [...shown, { index, text: problem.hints[index], at: now }] }, ROOM);
    this.record({ kind: "hint", index }, by, now); // one time for both: the record's replay shows it when the room did
    return { shown: index + 1, total: problem.hints.length };
  }

  /** The interview clock (timer.ts); its end is a deadline, so the room acts at zero with no browser open. */
  timer(cmd: TimerCommand, by?: Identity, now = Date.now()): Timer {
    const state = this.host.docs.doc("state");
    const timer = nextTimer(readMeta(state).timer, cmd, now);
    setMeta(state, { timer }, ROOM);
    this.host.store.deadlines.set("timerEnd", timerEndsAt(timer));
    this.#record({ kind: "timer", action: cmd.action, durationMs: timer.durationMs, elapsedMs: timer.elapsedMs, running: timer.startedAt !== null, atZero: timer.atZero }, by);
    return timer;
  }

  /** The `timerEnd` deadline: the clock ran out; the room does what the interviewer chose, and records it. */
  async timeUp(now = Date.now()): Promise<undefined> {
    const { timer, language } = readMeta(this.host.docs.doc("state"));
    if (!timer || timerEndsAt(timer) === null || timerRemainingMs(timer, now) > 0) return undefined; // paused or moved on since
    if (this.host.store.settings.closedReason()) return undefined;
    let outcome: { runId?: string; error?: string } = {};
    if (timer.atZero === "read-only") this.setCandidateReadOnly(true);
    if (timer.atZero === "submit") {
      const started = await this.startRun({ language }, this.#submitter(), "submit");
      outcome = started.ok ? { runId: started.runId } : { error: started.message };
    }
    this.#record({ kind: "timer.zero", action: timer.atZero, ...outcome });
    return undefined;
  }

  /** Who an automatic submission is by: a candidate in the room, else the room itself. */
  #submitter(): Identity {
    const { sockets } = this.host;
    const candidate = sockets.of().map((ws) => sockets.get(ws).identity).find((i) => i.role === "candidate");
    return candidate ?? { userId: "room", name: "Duet", role: "candidate", color: "#6b7280" };
  }

  /** `at`: a review run of the code as it stood then, allowed after the room closed (the Worker lets only interviewers ask). */
  async startRun(req: StartRun, by: Identity, mode: "run" | "submit" = "run", at?: number, requestId?: string): Promise<RunResult> {
    if (this.host.purged()) return { ok: false, code: "not_found", message: "this interview's record was deleted" };
    const closed = this.host.store.settings.closedReason();
    if (closed && at === undefined) return { ok: false, code: "forbidden", message: closed };
    return this.runs.start(req, by, mode, at, requestId);
  }

  cancelRun(runId: string): RunResult {
    return this.runs.cancel(runId);
  }

  /** A run's full record from storage, including runs that left the state doc's short history. */
  getRun(runId: string, viewer: Role = "spectator") {
    return this.host.store.runs.get(runId, { withHidden: viewer === "interviewer" });
  }

  /** Each doc's state vector: what the room holds, for checks from outside (tests and tooling). */
  stateVectors(): Record<DocName, Uint8Array> {
    return this.host.docs.stateVectors();
  }

  /** Test-only (DUET_ENV=test): ends the object at once, as an eviction or a deploy would. */
  testAbort(): void {
    if (this.host.env.DUET_ENV !== "test") throw new Error("testAbort exists only when DUET_ENV is test");
    this.host.ctx.abort("aborted by a test");
  }

  /** The room closed at `closedAt`: its record's deletion is due when its retention runs out (never later than already set). */
  retainUntilDue(closedAt: number): void {
    const { store, env } = this.host;
    store.deadlines.noLaterThan("purge", deleteAt(env, store.settings.get().retentionDays, closedAt));
  }

  /**
   * A participant's integrity signals: stored as their claims (the server's time, and the time their
   * browser claimed), never acted on. One batch per SIGNALS_MIN_INTERVAL_MS per participant.
   */
  signals(by: Identity, signals: Signal[], now = Date.now()): { ok: true; accepted: number } | { ok: false; retryAfter: number } {
    const last = this.#lastSignals.get(by.userId);
    if (last !== undefined && now - last < SIGNALS_MIN_INTERVAL_MS) return { ok: false, retryAfter: Math.ceil((last + SIGNALS_MIN_INTERVAL_MS - now) / 1000) };
    this.#lastSignals.set(by.userId, now);
    for (const s of signals) {
      const event: NewRecordEvent = s.kind === "paste" ? { kind: "paste", size: s.size, external: s.external, claimedAt: s.at } : { kind: s.kind, claimedAt: s.at };
      this.record(event, by);
    }
    return { ok: true, accepted: signals.length };
  }

  readonly #lastSignals = new Map<string, number>();

  /** Puts an event on the interview's record, by whoever gave the command (none: the room itself). */
  record(event: NewRecordEvent, by?: Identity, t?: number): number {
    return this.host.store.events.append(by ? ({ ...event, userId: by.userId } as NewRecordEvent) : event, by, t);
  }

  readonly #record = (event: NewRecordEvent, by?: Identity): void => void this.record(event, by);

  #publish(settings: RoomSettings): void {
    publishSettings(this.host.docs.doc("state"), settings, ROOM);
  }
}

/** The first of a problem's languages (its starters' keys) in the manifest's order. */
function firstLanguage(languages: string[]): LanguageId {
  return LANGUAGE_IDS.find((id) => languages.includes(id)) ?? DEFAULT_ROOM_LANGUAGE;
}
