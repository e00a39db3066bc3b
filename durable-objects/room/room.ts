/**
 * The Room: one SQLite-backed Durable Object per interview room. It holds the room's three Yjs
 * docs (code, state, private), speaks the y-websocket protocol over hibernatable WebSockets, and
 * writes every accepted update to its log before anyone else sees it.
 *
 * Read in the order of a room's life: load (storage migrated and read, docs from snapshot + log)
 * → connect (a socket per doc) → sync and update (its frames: sync.ts) → persist (every change
 * logged, then sent: room-docs.ts) → close → alarm (due deadlines: deadlines.ts). The runtime's
 * entry points are thin and alike: each runs one private hook through the same guard (guard.ts).
 * Commands from the Worker are RPC methods, one line each, delegating to commands.ts. No timers
 * (they keep the object awake; one alarm does all deferred work) but the zero-delay flush of a
 * burst's held writes.
 */
import { DurableObject } from "cloudflare:workers";
import { writeAnalytics } from "../../contracts/analytics";
import type { SetProblemCode } from "../../contracts/api";
import type { LanguageId } from "../../contracts/languages";
import type { StartRun, TimerCommand } from "../../contracts/room-state";
import type { NewRecordEvent, Signal } from "../../contracts/record";
import { readRoomConnect } from "../../contracts/room-rpc";
import type { OrgEvent } from "../../contracts/webhooks";
import { CLOSE, LIVENESS_CHECK_MS, PING, PONG, SYNC_UPDATE, type Identity, type Role } from "../../contracts/wire";
import { roomData, type RoomData } from "../../data/room-data";
import { RoomCommands, type RoomInit, type RoomProblem } from "./commands";
import { admitContract, announceContract, deployedContract, testDeploy } from "./contract";
import type { DeadlineHandlers } from "./deadlines";
import { ProtocolError, syncFrame } from "./frames";
import { errorResponse, guarded, logRoomEvent, rethrow } from "./guard";
import { readLimits, type RoomLimits } from "./limits";
import { SocketRates } from "./rate-limits";
import { RoomDocs } from "./room-docs";
import { RunnerWarmth, testContainerEnv } from "./runner-warmth";
import { SchemaTooNewError } from "./schema";
import { Presence } from "./presence";
import { RecordReads } from "./record/reads";
import type { RecordPageQuery } from "./record/record-page";
import { SocketTable } from "./sockets";
import { Spectators } from "./spectators";
import { openStorage, type RoomStorage } from "./storage";
import { RoomSync } from "./sync";

export { CHECKPOINT_DELAY_MS, EAGER_CHECKPOINT_TAIL } from "./deadlines";

/** What exists once the room's storage is open. */
interface Loaded { store: RoomStorage; docs: RoomDocs; sync: RoomSync; commands: RoomCommands }

export class Room extends DurableObject<Env> {
  /** What the room asks of D1 (audit, problems, submissions): given, not imported. */
  readonly #data: RoomData;
  readonly #sockets: SocketTable;
  readonly #spectators: Spectators;
  readonly #presence: Presence;
  readonly #limits: RoomLimits;
  readonly #rates: SocketRates;
  #loaded: Loaded | null = null;
  /** Why this instance serves nothing: its storage was written by newer code (schema.ts). */
  #unavailable: string | null = null;
  /** Set once expiry deleted the storage: this instance serves nothing more. */
  #purged = false;
  /** While the record is being deleted (D1's part first). */
  #erasing = false;
  /** The env the room's commands and runs see: this.env, but a test may point its runner container at a fake (testRunnerContainer). */
  readonly #runEnv: Env;
  /** The room's runner container, started on open and kept warm while anyone is here (container transport only). */
  readonly #warmth: RunnerWarmth;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    this.#data = roomData(env.DB);
    this.#runEnv = { ...env };
    this.#warmth = new RunnerWarmth({
      env: this.#runEnv, room: this.#label, deadlines: () => this.#room.store.deadlines, waitUntil: (p) => ctx.waitUntil(p),
      openSockets: () => this.#sockets.of().filter((ws) => !this.#sockets.get(ws).left).length,
    });
    this.#sockets = new SocketTable(ctx);
    this.#spectators = new Spectators(this.#sockets, () => this.#room.store.settings.get().spectatorsVisible);
    this.#presence = new Presence({
      sockets: this.#sockets, spectators: this.#spectators, doc: (name) => this.#room.docs.doc(name), left: (who) => {
        this.#audit("room.leave", who);
        this.#warmth.left();
      },
      record: (event, by) => void this.#room.store.events.append(event, by),
      close: (ws, code, reason, clean) => this.#close(ws, code, reason, clean),
      lastPing: (ws) => ctx.getWebSocketAutoResponseTimestamp(ws)?.getTime() ?? null,
      checkBy: (at) => this.#room.store.deadlines.noLaterThan("liveness", at),
    });
    this.#limits = readLimits(env);
    this.#rates = new SocketRates(this.#limits);
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
    void ctx.blockConcurrencyWhile(() => this.#load());
  }

  // ── runtime entry points: thin, alike ────────────────────────────────────────────────────────

  async fetch(request: Request): Promise<Response> {
    return this.#guard("fetch", () => this.#connect(request), () => errorResponse(500, "internal", "internal error"));
  }

  // The shared guard without #guard's flush: a run of writes is held and logged as one batch (room-docs.ts).
  async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    const hook = () => {
      this.#presence.heard(ws);
      return this.#room.sync.message(ws, message);
    };
    return guarded(this.#label, "webSocketMessage", hook, (e) =>
      e instanceof ProtocolError ? this.#close(ws, CLOSE.PROTOCOL_ERROR, e.message) : this.#close(ws, CLOSE.INTERNAL_ERROR, "internal error"),
    );
  }

  async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    // The client closed (or lost) it: the room closes its end with the same code.
    // 1006: no close frame, the connection was lost (on the record, a drop rather than a leave).
    const hook = () => {
      this.#countClose(ws, code);
      this.#close(ws, code === 1005 || code === 1006 ? CLOSE.NORMAL : code, "closed", code !== 1006);
    };
    return this.#guard("webSocketClose", hook, () => {});
  }

  async webSocketError(ws: WebSocket, error: unknown): Promise<void> {
    logRoomEvent(this.#label, "socket_error", { error: String(error) });
    return this.#guard("webSocketError", () => this.#presence.leave(ws, false), () => {});
  }

  async alarm(): Promise<void> {
    return this.#guard("alarm", () => this.#alarm(), rethrow); // thrown, the platform retries it
  }

  // ── commands: RPC from the Worker, which has checked the caller's role (commands.ts) ─────────

  configure(init: RoomInit) { return this.#command("configure", (c) => (c.configure(init), this.#warmth.created())); }
  setCandidateReadOnly(readOnly: boolean, by?: Identity) { return this.#command("setCandidateReadOnly", (c) => c.setCandidateReadOnly(readOnly, by)); }
  setSpectatorsVisible(visible: boolean, by?: Identity) { return this.#command("setSpectatorsVisible", (c) => c.setSpectatorsVisible(visible, by)); }
  revokeInvite(inviteId: string, by?: Identity) { return this.#command("revokeInvite", (c) => c.revokeInvite(inviteId, by)); }
  end(at?: number, by?: Identity) { return this.#command("end", (c) => c.end(at, by)); }
  extend(expiresAt: number, by?: Identity) { return this.#command("extend", (c) => c.extend(expiresAt, by)); }
  chat(by: Identity, text: string) { return this.#command("chat", (c) => c.chat(by, text)); }
  setLanguage(language: LanguageId, by?: Identity) { return this.#command("setLanguage", (c) => c.setLanguage(language, by)); }
  setProblem(problem: RoomProblem | null, by?: Identity, code?: SetProblemCode) { return this.#command("setProblem", (c) => c.setProblem(problem, by, code)); }
  revealHint(by?: Identity) { return this.#command("revealHint", (c) => c.revealHint(by)); }
  /** The problem on the table and its hints as the room keeps them (for interviewers' notes), or null. */
  problemOnTable() { return this.#command("problemOnTable", (c) => c.problemOnTable()); }
  timer(cmd: TimerCommand, by?: Identity) { return this.#command("timer", (c) => c.timer(cmd, by)); }
  /** `requestId`: the Worker's, for the run's log lines (contracts/log.ts). */
  startRun(req: StartRun, by: Identity, mode?: "run" | "submit", at?: number, requestId?: string) { return this.#command("startRun", (c) => c.startRun(req, by, mode, at, requestId)); }
  cancelRun(runId: string) { return this.#command("cancelRun", (c) => c.cancelRun(runId)); }
  getRun(runId: string, viewer?: Role) { return this.#command("getRun", (c) => c.getRun(runId, viewer)); }
  stateVectors() { return this.#command("stateVectors", (c) => c.stateVectors()); }
  testAbort() { this.#room.commands.testAbort(); } // not guarded: the abort it throws is the point
  testDeploy(contract: number) { return testDeploy({ env: this.env, ctx: this.ctx }, contract); } // likewise
  /** Tests only (refused unless DUET_ENV is test): this room's runs go to the fake container binding, `pool` its RUNNER_URLS; `keepWarmAt` moves that deadline. */
  testRunnerContainer(opts: { pool?: string; keepWarmAt?: number } = {}) {
    Object.assign(this.#runEnv, testContainerEnv(this.env, opts.pool ?? ""));
    if (opts.keepWarmAt !== undefined) this.#room.store.deadlines.set("runnerKeepWarm", opts.keepWarmAt);
  }

  // ── the interview record (record/): read by the Worker once it checked who reads ──────────────

  /** Appends an event to the record (commands of the Worker's own: an invite made, a scorecard submitted, the notice shown). */
  recordEvent(event: NewRecordEvent, by?: Identity) { return this.#command("recordEvent", (c) => c.record(event, by)); }
  signals(by: Identity, signals: Signal[]) { return this.#command("signals", (c) => c.signals(by, signals)); }
  setRecordAccess(spectators: boolean, by?: Identity) { return this.#command("setRecordAccess", (c) => c.setRecordAccess(spectators, by)); }
  /** null: the room has no record (never configured, or deleted). */
  recordPage(q: RecordPageQuery) { return this.#record("recordPage", (r) => r.page(q)); }
  codeAt(t: number, opts: { notes: boolean }) { return this.#record("codeAt", (r) => r.codeAt(t, opts)); }
  recordStatus() { return this.#record("recordStatus", (r) => r.status()); }
  reviewRuns() { return this.#record("reviewRuns", (r) => r.reviewRuns()); }
  /** Deletes the record now, from every store (DELETE …/record). */
  deleteRecord() { return this.#guard("deleteRecord", () => (this.#recordExists() ? this.#purge().then(() => true) : false), rethrow); }

  // ── a room's life ────────────────────────────────────────────────────────────────────────────

  /** Load: storage migrated and read, every doc loaded; on a wake, each surviving socket asked what it lacks. */
  async #load(): Promise<void> {
    let store: RoomStorage;
    try {
      store = openStorage(this.ctx.storage, await this.ctx.storage.getAlarm());
    } catch (e) {
      if (!(e instanceof SchemaTooNewError)) throw e;
      // Not thrown: a reset would only bring the next instance to the same storage. Refuse all, touch nothing.
      this.#unavailable = e.message;
      return logRoomEvent(this.#label, "room_unavailable", { error: e.message });
    }
    const docs = new RoomDocs(store, {
      fanout: (name, update, except) => this.#sockets.broadcast(name, syncFrame(SYNC_UPDATE, update), except),
      flushSoon: this.#flushSoon,
      unsaved: (writers) => {
        for (const ws of writers) this.#close(ws, CLOSE.INTERNAL_ERROR, "your latest edits were not saved: reconnect to send them again");
      },
    });
    const sync = new RoomSync({
      docs, store, sockets: this.#sockets, spectators: this.#spectators, limits: this.#limits, rates: this.#rates, close: this.#close,
      ghostOwner: (doc, clientId) => this.#presence.ghostOwner(doc, clientId),
    });
    const { ctx } = this;
    const env = this.#runEnv;
    const commands = new RoomCommands({
      env, ctx, data: this.#data, store, docs, sockets: this.#sockets, spectators: this.#spectators, close: this.#close, purged: () => this.#purged, label: this.#label,
    });
    this.#loaded = { store, docs, sync, commands };
    docs.load();
    commands.runs.recoverInterrupted();
    this.#presence.countObservers(); // spectators whose sockets went away with the previous instance
    this.#presence.resync();
  }

  /** Connect: a socket for one doc, sent sync step 1 and the awareness its role may see. */
  #connect(request: Request): Response {
    const connect = readRoomConnect(request);
    if (!connect) return errorResponse(400, "bad_request", "missing identity or doc");
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") return errorResponse(426, "upgrade_required", "expected a WebSocket upgrade");
    if (this.#unavailable) return errorResponse(503, "unavailable", this.#unavailable);
    const closed = this.#purged ? "this room has expired" : this.#room.store.settings.closedReason();
    if (closed) return errorResponse(403, "forbidden", closed);
    const pair = new WebSocketPair();
    const deployed = deployedContract({ env: this.env, ctx: this.ctx });
    if (!admitContract(pair[1], connect.contract, deployed)) return new Response(null, { status: 101, webSocket: pair[0] });
    this.#presence.arrive(pair[1], connect);
    writeAnalytics(this.env.ANALYTICS, { event: "socket_open", doc: connect.doc, role: connect.identity.role });
    announceContract(pair[1], connect.contract, deployed);
    this.#warmth.arrived();
    return new Response(null, { status: 101, webSocket: pair[0] });
  }

  // Sync and update (a socket's frames) are sync.ts; persist (logged, then sent) is room-docs.ts.

  /** Close: a socket's departure handled, then its end closed. (An arrow: handed to sync and commands.) */
  readonly #close = (ws: WebSocket, code: number, reason: string, clean = true): void => {
    this.#loaded?.docs.flush(); // its writes are on the record before its leaving
    this.#presence.leave(ws, clean);
    try {
      ws.close(code, reason.slice(0, 120));
    } catch {
      // already closing
    }
  };

  /** Alarm: the handlers of the deadlines that are due. */
  async #alarm(): Promise<void> {
    await this.#room.store.deadlines.fire(this.#deadlineHandlers);
  }

  readonly #deadlineHandlers: DeadlineHandlers = {
    expiry: () => this.#expire(),
    purge: () => this.#purge(),
    timerEnd: () => this.#room.commands.timeUp(),
    checkpoint: () => {
      this.#room.docs.checkpoint();
      this.#room.store.edits.derive(); // the record's edits, off the hot path
      return undefined;
    },
    runnerKeepWarm: () => this.#warmth.keepWarm(),
    liveness: () => {
      const now = Date.now();
      if (this.#presence.checkLiveness(now)) this.#room.store.deadlines.set("liveness", now + LIVENESS_CHECK_MS);
      return undefined;
    },
  };

  /** Past expiry: everyone out; the record stays until its retention runs out. */
  #expire(): undefined {
    const { commands, store } = this.#room;
    for (const ws of this.#sockets.of()) this.#close(ws, CLOSE.ROOM_CLOSED, "this room has expired");
    if (store.settings.get().endedAt === null) commands.record({ kind: "expire" });
    commands.retainUntilDue(Date.now());
    this.#audit("room.expire", { userId: "server", name: "Duet" });
    this.#tellOrganisation();
    return undefined;
  }

  /** The record's end (retention over, or deleted on request): D1's part first, then every byte of the room. */
  async #purge(): Promise<"stop"> {
    const { roomId } = this.#room.store.settings.get();
    // Their leaving is not audited: that row, written after D1's erasure, would name them again.
    this.#erasing = true;
    try {
      for (const ws of this.#sockets.of()) this.#close(ws, CLOSE.ROOM_CLOSED, "this interview's record was deleted");
      // Should D1 fail, the record stays whole and the alarm's retry (or the caller) tries again.
      if (roomId) await this.#data.eraseRecord(roomId);
    } finally {
      this.#erasing = false;
    }
    this.#purged = true;
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    return "stop"; // nothing left to checkpoint or to arm
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────

  /** Every entry point but a socket's frame: the held writes are logged and sent first, so it sees (and orders after) them. */
  #guard<T>(entry: string, hook: () => T | Promise<T>, failed: (e: unknown) => T | Promise<T>): Promise<T> {
    return guarded(this.#label, entry, () => (this.#loaded?.docs.flush(), hook()), failed);
  }

  /** Logs the held writes in an event of their own, soon after the frames that brought them. */
  readonly #flushSoon = (): void => {
    // The only timer: zero-delay, so it never outlives the burst it batches (the alarm does the rest).
    setTimeout(() => void this.#guard("flush", () => {}, () => {}), 0);
  };


  /** A command, through the same guard; a failure also reaches the Worker. */
  #command<T>(name: string, run: (commands: RoomCommands) => T): Promise<Awaited<T>> {
    return this.#guard(name, () => run(this.#room.commands) as Awaited<T> | Promise<Awaited<T>>, rethrow);
  }

  /** A socket the client closed (or lost), in Analytics Engine: its doc, role and close code. */
  #countClose(ws: WebSocket, code: number): void {
    const { doc, identity } = this.#sockets.get(ws);
    writeAnalytics(this.env.ANALYTICS, { event: "socket_close", doc, role: identity.role, closeCode: code });
  }

  #audit(action: "room.leave" | "room.expire", actor: { userId: string; name: string }): void {
    const roomId = this.#room.store.settings.get().roomId;
    if (!roomId || this.#erasing || this.#purged) return; // a room never configured by the Worker has no D1 row; an erased one names nobody
    this.ctx.waitUntil(this.#data.audit({ roomId, actor, action }).catch((e) => logRoomEvent(roomId, "audit_failed", { error: String(e) })));
  }

  /** An organisation's room that expires is a room.ended for its webhooks (the Worker sends the ended-by-hand ones). */
  #tellOrganisation(): void {
    const { roomId, title, orgId } = this.#room.store.settings.get();
    if (!roomId || !orgId) return;
    const event: OrgEvent = { id: `evt_${crypto.randomUUID()}`, type: "room.ended", createdAt: Date.now(), orgId, data: { roomId, title, endedBy: { name: "Duet" }, reason: "expired" } };
    const events = this.env.ORG_EVENTS.get(this.env.ORG_EVENTS.idFromName(orgId));
    this.ctx.waitUntil(events.emit(event).catch((e) => logRoomEvent(roomId, "org_event_failed", { error: String(e) })));
  }

  /** A read of the record, through the guard; null when there is no record to read. */
  #record<T>(name: string, read: (reads: RecordReads) => T): Promise<T | null> {
    return this.#guard(name, () => (this.#recordExists() ? read(new RecordReads(this.#room.store, this.ctx.storage.sql, this.env)) : null), rethrow);
  }

  #recordExists(): boolean {
    return !this.#purged && !this.#unavailable && this.#room.store.settings.get().roomId !== null;
  }

  /** The loaded room; throws why not when its storage could not be opened. */
  get #room(): Loaded {
    if (!this.#loaded) throw new Error(this.#unavailable ?? "the room is not loaded");
    return this.#loaded;
  }

  get #label(): string {
    return this.ctx.id.name ?? this.ctx.id.toString();
  }
}
