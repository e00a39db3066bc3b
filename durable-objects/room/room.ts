/**
 * The Room: one SQLite-backed Durable Object per interview room. It holds the room's three Yjs
 * docs (code, state, private), speaks the y-websocket protocol over hibernatable WebSockets, and
 * writes every accepted update to its log before anyone else sees it.
 *
 * Lifecycle hooks: onLoad (constructor, inside blockConcurrencyWhile), onConnect (fetch),
 * onMessage, onClose, onAlarm (snapshot checkpoints and expiry). No timers anywhere: they keep
 * the object awake; one alarm does all deferred work. Commands from the Worker (configure,
 * read-only, revoke, end, extend) are RPC methods.
 */
import { DurableObject } from "cloudflare:workers";
import * as Y from "yjs";
import {
  CLOSE, DEFAULT_MAX_MESSAGE_BYTES, DOC_NAMES, PING, PONG, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE,
  docAccess, type DocName, type Identity, type Role,
} from "../../contracts/wire";
import type { LanguageId } from "../../contracts/languages";
import type { StartRun, Timer, TimerCommand } from "../../contracts/room-state";
import { audit } from "../../worker/db/audit";
import { AlarmPlan } from "./alarm-plan";
import { applyAwareness, departures } from "./awareness";
import { seedBuffer, swapStarters, type Starters } from "./buffers";
import { readRoomConnect, type RoomConnect } from "./connect";
import {
  ProtocolError, awarenessFrame, permissionDeniedFrame, readAwarenessUpdate, readClientFrame, syncFrame,
  writeAwarenessUpdate, type AwarenessEntry,
} from "./frames";
import { RefusedClients } from "./refused-clients";
import { RunController, type RunResult } from "./runs/run-controller";
import { RunStore } from "./runs/run-store";
import { SettingsStore, type RoomSettings } from "./settings";
import { SocketTable, send, type Attachment } from "./sockets";
import { appendChat, meta, nextTimer, setMeta } from "./state-writes";
import { UpdateLog } from "./update-log";
import { isNoop } from "./yjs-util";

export { CHECKPOINT_DELAY_MS, EAGER_CHECKPOINT_TAIL } from "./alarm-plan";

/** Origin of updates replayed from storage: they are already in the log. */
const LOAD = Symbol("load");
/** Origin of the room's own writes (the state doc). */
const SERVER = Symbol("server");

export class Room extends DurableObject<Env> {
  readonly #docs = new Map<DocName, Y.Doc>();
  readonly #log: UpdateLog;
  readonly #settings: SettingsStore;
  readonly #refused: RefusedClients;
  readonly #runs: RunController;
  readonly #runStore: RunStore;
  readonly #sockets: SocketTable;
  readonly #alarm = new AlarmPlan();
  readonly #maxMessageBytes: number;
  /** Set once expiry deleted the storage: this instance serves nothing more. */
  #purged = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    for (const name of DOC_NAMES) this.#docs.set(name, new Y.Doc());
    this.#log = new UpdateLog(ctx.storage);
    this.#settings = new SettingsStore(ctx.storage.sql);
    this.#refused = new RefusedClients(ctx.storage.sql);
    this.#sockets = new SocketTable(ctx);
    this.#runs = new RunController(
      {
        env,
        ctx,
        state: this.#doc("state"),
        source: (language) => this.#doc("code").getText(`code:${language}`).toString(),
        problemSlug: () => this.#settings.get().problem?.slug ?? null,
        roomId: () => this.#settings.get().roomId,
        tenant: () => this.#settings.get().tenant ?? `room:${ctx.id.toString()}`,
        origin: SERVER,
        roomLabel: ctx.id.name ?? ctx.id.toString(),
      },
      (this.#runStore = new RunStore(ctx.storage.sql)),
    );
    this.#maxMessageBytes = Number(env.MAX_MESSAGE_BYTES) || DEFAULT_MAX_MESSAGE_BYTES;
    ctx.setWebSocketAutoResponse(new WebSocketRequestResponsePair(PING, PONG));
    void ctx.blockConcurrencyWhile(() => this.onLoad());
  }

  // ── entry points: thin, alike ────────────────────────────────────────────────────────────────

  async fetch(request: Request): Promise<Response> {
    const connect = readRoomConnect(request);
    if (!connect) return Response.json({ error: { code: "bad_request", message: "missing identity or doc" } }, { status: 400 });
    if (request.headers.get("Upgrade")?.toLowerCase() !== "websocket") {
      return Response.json({ error: { code: "upgrade_required", message: "expected a WebSocket upgrade" } }, { status: 426 });
    }
    const closed = this.#purged ? "this room has expired" : this.#settings.closedReason();
    if (closed) return Response.json({ error: { code: "forbidden", message: closed } }, { status: 403 });
    return this.onConnect(connect);
  }

  async webSocketMessage(ws: WebSocket, message: string | ArrayBuffer): Promise<void> {
    try {
      this.onMessage(ws, message);
    } catch (e) {
      this.#fail(ws, e);
    }
  }

  async webSocketClose(ws: WebSocket, code: number): Promise<void> {
    this.onClose(ws);
    try {
      ws.close(code === 1005 || code === 1006 ? CLOSE.NORMAL : code, "closed");
    } catch {
      // already closed
    }
  }

  async webSocketError(ws: WebSocket): Promise<void> {
    this.onClose(ws);
  }

  async alarm(): Promise<void> {
    await this.onAlarm();
  }

  // ── commands (RPC from the Worker, which has checked the caller's role) ─────────────────────

  configure(init: {
    roomId: string; title: string; expiresAt: number; language?: LanguageId; problem?: { slug: string; starter: Record<string, string> } | null;
    tenant?: string;
  }): void {
    const s = this.#settings.update({ roomId: init.roomId, title: init.title, expiresAt: init.expiresAt, tenant: init.tenant ?? null });
    this.#publishSettings(s);
    setMeta(this.#doc("state"), { language: init.language ?? "python" }, SERVER);
    this.setProblem(init.problem ?? null);
    this.#armAlarm();
  }

  setCandidateReadOnly(candidateReadOnly: boolean): void {
    this.#publishSettings(this.#settings.update({ candidateReadOnly }));
  }

  /** Closes every socket opened with that invite, at once. */
  revokeInvite(inviteId: string): number {
    const sockets = this.#sockets.of(`invite:${inviteId}`);
    for (const ws of sockets) this.#close(ws, CLOSE.FORBIDDEN, "this link was revoked");
    return sockets.length;
  }

  end(at = Date.now()): void {
    this.#publishSettings(this.#settings.update({ endedAt: at }));
    for (const ws of this.#sockets.of()) this.#close(ws, CLOSE.ROOM_CLOSED, "the interviewer ended this interview");
  }

  chat(by: Identity, text: string): void {
    appendChat(this.#doc("state"), { id: crypto.randomUUID(), userId: by.userId, name: by.name, role: by.role, text, ts: Date.now() }, SERVER);
  }

  /** Switches the room's language; an empty buffer gets the starter code, once, from here. */
  setLanguage(language: LanguageId): void {
    seedBuffer(this.#doc("code"), language, this.#settings.get().problem?.starter, SERVER);
    setMeta(this.#doc("state"), { language }, SERVER);
  }

  /** Puts a problem on the table (or clears it); untouched buffers get its starter code. */
  setProblem(problem: { slug: string; starter: Starters } | null): void {
    const before = this.#settings.get().problem;
    this.#settings.update({ problem });
    const active = (meta(this.#doc("state")).get("language") as LanguageId | undefined) ?? "python";
    swapStarters(this.#doc("code"), before?.starter, problem?.starter ?? null, active, SERVER);
    setMeta(this.#doc("state"), { problemSlug: problem?.slug ?? null }, SERVER);
  }

  timer(cmd: TimerCommand): Timer {
    const timer = nextTimer((meta(this.#doc("state")).get("timer") as Timer | undefined) ?? null, cmd, Date.now());
    setMeta(this.#doc("state"), { timer }, SERVER);
    return timer;
  }

  async startRun(req: StartRun, by: Identity, mode: "run" | "submit" = "run"): Promise<RunResult> {
    const closed = this.#settings.closedReason();
    if (closed || this.#purged) return { ok: false, code: "forbidden", message: closed ?? "this room has expired" };
    return this.#runs.start(req, by, mode);
  }

  cancelRun(runId: string): RunResult {
    return this.#runs.cancel(runId);
  }

  /** A run's full record from storage, including runs that left the state doc's short history. */
  getRun(runId: string, viewer: Role = "spectator") {
    return this.#runStore.get(runId, { withHidden: viewer === "interviewer" });
  }

  /** Test-only (DUET_ENV=test): ends the object at once, as an eviction or a deploy would. */
  testAbort(): void {
    if (this.env.DUET_ENV !== "test") throw new Error("testAbort exists only when DUET_ENV is test");
    this.ctx.abort("aborted by a test");
  }

  extend(expiresAt: number): void {
    this.#publishSettings(this.#settings.update({ expiresAt }));
    this.#armAlarm();
  }

  // ── hooks ────────────────────────────────────────────────────────────────────────────────────

  /** Loads every doc as snapshot + later updates; on a wake, asks each surviving socket what we lack. */
  async onLoad(): Promise<void> {
    let longestTail = 0;
    for (const name of DOC_NAMES) {
      const doc = this.#doc(name);
      const { updates, tail } = this.#log.load(name);
      doc.transact(() => {
        for (const u of updates) Y.applyUpdate(doc, u, LOAD);
      }, LOAD);
      longestTail = Math.max(longestTail, tail);
      doc.on("update", (u: Uint8Array, origin: unknown) => this.#onDocUpdate(name, u, origin));
    }
    this.#alarm.loaded(await this.ctx.storage.getAlarm(), longestTail);
    this.#runs.recoverInterrupted();
    this.#armAlarm();
    for (const ws of this.#sockets.of()) {
      const { doc } = this.#sockets.get(ws);
      send(ws, syncFrame(SYNC_STEP1, Y.encodeStateVector(this.#doc(doc))));
    }
  }

  onConnect({ identity, doc, inviteId }: RoomConnect): Response {
    const pair = new WebSocketPair();
    const [client, server] = [pair[0], pair[1]];
    this.#sockets.accept(server, { identity, doc, inviteId, clients: {} });
    send(server, syncFrame(SYNC_STEP1, Y.encodeStateVector(this.#doc(doc))));
    const peers = this.#sockets.awarenessOf(doc);
    if (peers.length > 0) send(server, awarenessFrame(writeAwarenessUpdate(peers)));
    return new Response(null, { status: 101, webSocket: client });
  }

  onMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    if (typeof message === "string") {
      return this.#close(ws, CLOSE.UNSUPPORTED_DATA, `text frames are not part of the protocol (only "${PING}")`);
    }
    if (message.byteLength > this.#maxMessageBytes) {
      return this.#close(ws, CLOSE.MESSAGE_TOO_BIG, `message of ${message.byteLength} bytes is over the ${this.#maxMessageBytes}-byte limit`);
    }
    const att = this.#sockets.get(ws);
    const frame = readClientFrame(new Uint8Array(message));
    switch (frame.type) {
      case "sync-step1":
        if (!att.diverged && this.#refused.holdsRefused(att.doc, frame.stateVector, this.#doc(att.doc))) {
          this.#sockets.save(ws, { ...att, diverged: true });
        }
        return send(ws, syncFrame(SYNC_STEP2, encodeDiff(this.#doc(att.doc), frame.stateVector)));
      case "sync-step2":
      case "sync-update":
        return this.#onWrite(ws, att, frame.update, frame.type === "sync-update");
      case "awareness":
        return this.#onAwareness(ws, att, readAwarenessUpdate(frame.update));
      case "query-awareness":
        return send(ws, awarenessFrame(writeAwarenessUpdate(this.#sockets.awarenessOf(att.doc))));
    }
  }

  onClose(ws: WebSocket): void {
    const att = this.#sockets.get(ws);
    if (att.left) return;
    this.#sockets.save(ws, { ...att, clients: {}, left: true });
    const gone = departures(att.clients);
    if (gone.length > 0) this.#sockets.broadcast(att.doc, awarenessFrame(writeAwarenessUpdate(gone)), ws);
    const stillHere = this.#sockets.of(`user:${att.identity.userId}`).some((o) => o !== ws && !this.#sockets.get(o).left);
    if (!stillHere) this.#audit("room.leave", att.identity);
  }

  async onAlarm(): Promise<void> {
    this.#alarm.fired();
    const { expiresAt } = this.#settings.get();
    if (expiresAt !== null && expiresAt <= Date.now()) return this.#expire();
    for (const name of DOC_NAMES) {
      if (this.#log.tailLength(name) > 0) this.#log.checkpoint(name, Y.encodeStateAsUpdate(this.#doc(name)));
    }
    this.#armAlarm();
  }

  // ── writes ───────────────────────────────────────────────────────────────────────────────────

  #onWrite(ws: WebSocket, att: Attachment, update: Uint8Array, isUpdate: boolean): void {
    const doc = this.#doc(att.doc);
    if (isNoop(update, doc)) return; // e.g. a step-2 reply that holds nothing new
    if (att.diverged) {
      return send(ws, permissionDeniedFrame(`your copy of ${att.doc} holds changes the room refused; reload to edit again`));
    }
    if (docAccess(att.identity.role, att.doc, this.#settings.get()) !== "write") {
      this.#refused.refuse(att.doc, update, doc);
      this.#sockets.save(ws, { ...att, diverged: true });
      send(ws, permissionDeniedFrame(`${att.doc} is read-only for you; your change was not saved`));
      // Tell it where the room really is; a rejected step-2 reply is not answered again, so no loop.
      if (isUpdate) send(ws, syncFrame(SYNC_STEP1, Y.encodeStateVector(doc)));
      return;
    }
    Y.applyUpdate(doc, update, ws); // → #onDocUpdate logs, then broadcasts
  }

  /** Every change to a doc, whoever made it: log first, then fan out (sends wait on the write). */
  #onDocUpdate(name: DocName, update: Uint8Array, origin: unknown): void {
    if (origin === LOAD) return;
    const userId = origin instanceof WebSocket ? this.#sockets.get(origin).identity.userId : origin === SERVER ? "server" : "unknown";
    this.#log.append(name, userId, update);
    if (this.#alarm.logged()) this.#armAlarm();
    this.#sockets.broadcast(name, syncFrame(SYNC_UPDATE, update), origin instanceof WebSocket ? origin : undefined);
  }

  /** One alarm serves both deferred jobs: the next checkpoint and the room's expiry. */
  #armAlarm(): void {
    const at = this.#alarm.next(this.#settings.get().expiresAt);
    if (at !== null) void this.ctx.storage.setAlarm(at);
  }

  /** Past expiry: everyone out, every byte of the room deleted. */
  async #expire(): Promise<void> {
    for (const ws of this.#sockets.of()) this.#close(ws, CLOSE.ROOM_CLOSED, "this room has expired");
    this.#audit("room.expire", { userId: "server", name: "Duet" });
    this.#purged = true;
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
  }

  // ── the state doc: written only here ─────────────────────────────────────────────────────────

  #publishSettings(s: RoomSettings): void {
    const state = this.#doc("state");
    state.transact(() => {
      const meta = state.getMap("meta");
      meta.set("title", s.title);
      meta.set("expiresAt", s.expiresAt);
      meta.set("endedAt", s.endedAt);
      meta.set("candidateReadOnly", s.candidateReadOnly);
    }, SERVER);
  }

  #audit(action: "room.leave" | "room.expire", actor: { userId: string; name: string }): void {
    const roomId = this.#settings.get().roomId;
    if (!roomId) return; // dev open rooms have no D1 row
    this.ctx.waitUntil(audit(this.env, { roomId, actor, action }).catch((e) => console.error(JSON.stringify({ room: roomId, event: "audit_failed", error: String(e) }))));
  }

  // ── awareness ────────────────────────────────────────────────────────────────────────────────

  #onAwareness(ws: WebSocket, att: Attachment, entries: AwarenessEntry[]): void {
    const { accepted, denied } = applyAwareness(entries, att.clients, att.identity, (clientId) => {
      const owner = this.#sockets.ownerOf(att.doc, clientId, ws);
      if (!owner) return undefined;
      const ownerAtt = this.#sockets.get(owner);
      return {
        userId: ownerAtt.identity.userId,
        clock: ownerAtt.clients[String(clientId)].clock,
        release: (id) => {
          delete ownerAtt.clients[String(id)];
          this.#sockets.save(owner, ownerAtt);
        },
      };
    });
    this.#sockets.save(ws, att);
    if (denied) send(ws, permissionDeniedFrame(denied));
    if (accepted.length > 0) this.#sockets.broadcast(att.doc, awarenessFrame(writeAwarenessUpdate(accepted)));
  }

  #close(ws: WebSocket, code: number, reason: string): void {
    this.onClose(ws);
    try {
      ws.close(code, reason.slice(0, 120));
    } catch {
      // already closing
    }
  }

  #fail(ws: WebSocket, e: unknown): void {
    if (e instanceof ProtocolError) return this.#close(ws, CLOSE.PROTOCOL_ERROR, e.message);
    console.error(JSON.stringify({ room: this.ctx.id.name ?? this.ctx.id.toString(), event: "message_failed", error: String(e) }));
    this.#close(ws, CLOSE.INTERNAL_ERROR, "internal error");
  }

  #doc(name: DocName): Y.Doc {
    return this.#docs.get(name)!;
  }
}

/** Sync step 2 for a peer's state vector; a malformed vector is the peer's protocol error. */
function encodeDiff(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } catch (e) {
    throw new ProtocolError(`malformed state vector: ${(e as Error).message}`);
  }
}
