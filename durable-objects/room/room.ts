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
  CLOSE, COPY_DIVERGED, DOC_NAMES, PING, PONG, SYNC_STEP1, SYNC_STEP2, SYNC_UPDATE, WRITE_NOT_SAVED,
  docAccess, type DocName, type Identity, type Role,
} from "../../contracts/wire";
import type { LanguageId } from "../../contracts/languages";
import { DEFAULT_ROOM_LANGUAGE, codeText, readMeta, setMeta, type StartRun, type Timer, type TimerCommand } from "../../contracts/room-state";
import { roomData, type RoomData } from "../../data/room-data";
import { checkpointDue, type DeadlineHandlers } from "./deadlines";
import { applyAwareness, departures, type Owner } from "./awareness";
import { seedBuffer, swapStarters, type Starters } from "./buffers";
import { SERVER_USER } from "./client-owners";
import { readRoomConnect, type RoomConnect, type RunResult } from "../../contracts/room-rpc";
import { ContentMeter } from "./content-size";
import { overLimit } from "./doc-limits";
import { LineEndings } from "./line-endings";
import {
  ProtocolError, awarenessFrame, permissionDeniedFrame, readAwarenessUpdate, readClientFrame, syncFrame,
  writeAwarenessUpdate, type AwarenessEntry,
} from "./frames";
import { readLimits, type RoomLimits } from "./limits";
import { SocketRates } from "./rate-limits";
import { RunController } from "./runs/run-controller";
import type { RoomSettings } from "./settings";
import { Spectators } from "./spectators";
import { SocketTable, send, type Attachment } from "./sockets";
import { appendChat, nextTimer } from "./state-writes";
import { SchemaTooNewError } from "./schema";
import { openStorage, type RoomStorage } from "./storage";
import { futureDependencies, isNoop, newStructs, readStateVector, readUpdate, writers, type ClientUpdate } from "./update-check";

export { CHECKPOINT_DELAY_MS, EAGER_CHECKPOINT_TAIL } from "./deadlines";

/** Origin of updates replayed from storage: they are already in the log. */
const LOAD = Symbol("load");
/** Origin of the room's own writes (the state doc). */
const SERVER = Symbol("server");

export class Room extends DurableObject<Env> {
  readonly #docs = new Map<DocName, Y.Doc>();
  /** What the room asks of D1 (audit, problems, submissions): given, not imported. */
  readonly #data: RoomData;
  /** The room's SQLite, opened (migrated, then read) on load; null when it could not be (#unavailable says why). */
  #opened: RoomStorage | null = null;
  /** Why this instance serves nothing: its storage was written by newer code (schema.ts). */
  #unavailable: string | null = null;
  #runs!: RunController;
  readonly #sockets: SocketTable;
  readonly #spectators: Spectators;
  /** Updates logged by this instance since the last checkpoint: a long run of them checkpoints at once. */
  #sinceCheckpoint = 0;
  readonly #limits: RoomLimits;
  readonly #rates: SocketRates;
  /** The code doc's live content, for its size cap. */
  #codeMeter!: ContentMeter;
  /** The `\r`s writes bring into the code doc, removed by the Room's own edit in the same turn. */
  #lineEndings!: LineEndings;
  /** While a socket's write is being applied: its update events, logged and sent once Yjs took all of it. */
  #held: Uint8Array[] | null = null;
  /** Set once expiry deleted the storage: this instance serves nothing more. */
  #purged = false;

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, env);
    for (const name of DOC_NAMES) this.#docs.set(name, new Y.Doc());
    this.#data = roomData(env.DB);
    this.#sockets = new SocketTable(ctx);
    this.#spectators = new Spectators(this.#sockets, () => this.#store.settings.get().spectatorsVisible);
    this.#limits = readLimits(env);
    this.#rates = new SocketRates(this.#limits);
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
    if (this.#unavailable) return Response.json({ error: { code: "unavailable", message: this.#unavailable } }, { status: 503 });
    const closed = this.#purged ? "this room has expired" : this.#store.settings.closedReason();
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
    const s = this.#store.settings.update({ roomId: init.roomId, title: init.title, expiresAt: init.expiresAt, tenant: init.tenant ?? null });
    this.#publishSettings(s);
    setMeta(this.#doc("state"), { language: init.language ?? DEFAULT_ROOM_LANGUAGE }, SERVER);
    this.setProblem(init.problem ?? null);
    this.#store.deadlines.set("expiry", s.expiresAt);
  }

  setCandidateReadOnly(candidateReadOnly: boolean): void {
    this.#publishSettings(this.#store.settings.update({ candidateReadOnly }));
  }

  /** Whether candidates see the spectators' carets; switching sends them, or takes them away, at once. */
  setSpectatorsVisible(spectatorsVisible: boolean): void {
    const before = this.#store.settings.get().spectatorsVisible;
    this.#publishSettings(this.#store.settings.update({ spectatorsVisible }));
    if (before !== spectatorsVisible) this.#spectators.switched(spectatorsVisible);
  }

  /** Closes every socket opened with that invite, at once. */
  revokeInvite(inviteId: string): number {
    const sockets = this.#sockets.of(`invite:${inviteId}`);
    for (const ws of sockets) this.#close(ws, CLOSE.FORBIDDEN, "this link was revoked");
    return sockets.length;
  }

  end(at = Date.now()): void {
    this.#publishSettings(this.#store.settings.update({ endedAt: at }));
    for (const ws of this.#sockets.of()) this.#close(ws, CLOSE.ROOM_CLOSED, "the interviewer ended this interview");
  }

  chat(by: Identity, text: string): void {
    appendChat(this.#doc("state"), { id: crypto.randomUUID(), userId: by.userId, name: by.name, role: by.role, text, ts: Date.now() }, SERVER);
  }

  /** Switches the room's language; an empty buffer gets the starter code, once, from here. */
  setLanguage(language: LanguageId): void {
    seedBuffer(this.#doc("code"), language, this.#store.settings.get().problem?.starter, SERVER);
    setMeta(this.#doc("state"), { language }, SERVER);
  }

  /** Puts a problem on the table (or clears it); untouched buffers get its starter code. */
  setProblem(problem: { slug: string; starter: Starters } | null): void {
    const before = this.#store.settings.get().problem;
    this.#store.settings.update({ problem });
    swapStarters(this.#doc("code"), before?.starter, problem?.starter ?? null, readMeta(this.#doc("state")).language, SERVER);
    setMeta(this.#doc("state"), { problemSlug: problem?.slug ?? null }, SERVER);
  }

  timer(cmd: TimerCommand): Timer {
    const timer = nextTimer(readMeta(this.#doc("state")).timer, cmd, Date.now());
    setMeta(this.#doc("state"), { timer }, SERVER);
    return timer;
  }

  async startRun(req: StartRun, by: Identity, mode: "run" | "submit" = "run"): Promise<RunResult> {
    const closed = this.#store.settings.closedReason();
    if (closed || this.#purged) return { ok: false, code: "forbidden", message: closed ?? "this room has expired" };
    return this.#runs.start(req, by, mode);
  }

  cancelRun(runId: string): RunResult {
    return this.#runs.cancel(runId);
  }

  /** A run's full record from storage, including runs that left the state doc's short history. */
  getRun(runId: string, viewer: Role = "spectator") {
    return this.#store.runs.get(runId, { withHidden: viewer === "interviewer" });
  }

  /** Each doc's state vector: what the room holds, for checks from outside (tests and tooling). */
  stateVectors(): Record<DocName, Uint8Array> {
    return Object.fromEntries(DOC_NAMES.map((name) => [name, Y.encodeStateVector(this.#doc(name))])) as Record<DocName, Uint8Array>;
  }

  /** Test-only (DUET_ENV=test): ends the object at once, as an eviction or a deploy would. */
  testAbort(): void {
    if (this.env.DUET_ENV !== "test") throw new Error("testAbort exists only when DUET_ENV is test");
    this.ctx.abort("aborted by a test");
  }

  extend(expiresAt: number): void {
    this.#publishSettings(this.#store.settings.update({ expiresAt }));
    this.#store.deadlines.set("expiry", expiresAt);
  }

  // ── hooks ────────────────────────────────────────────────────────────────────────────────────

  /** Loads every doc as snapshot + later updates; on a wake, asks each surviving socket what we lack. */
  async onLoad(): Promise<void> {
    try {
      this.#opened = openStorage(this.ctx.storage, await this.ctx.storage.getAlarm());
    } catch (e) {
      if (!(e instanceof SchemaTooNewError)) throw e;
      // Not a reset: the next instance would find the same storage. Refuse everything, loudly, touch nothing.
      this.#unavailable = e.message;
      return console.error(JSON.stringify({ room: this.#label, event: "room_unavailable", error: e.message }));
    }
    this.#runs = this.#runController();
    let longestTail = 0;
    for (const name of DOC_NAMES) longestTail = Math.max(longestTail, this.#fill(name));
    if (longestTail > 0) this.#store.deadlines.noLaterThan("checkpoint", checkpointDue(longestTail, Date.now())); // keep the next load short
    this.#runs.recoverInterrupted();
    this.#lineEndings.fixAll(SERVER); // rooms from before code buffers were kept LF-only
    this.#publishObservers(); // spectators whose sockets went away with the previous instance
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
    const peers = this.#spectators.awarenessFor(doc, identity.role);
    if (peers.length > 0) send(server, awarenessFrame(writeAwarenessUpdate(peers)));
    if (identity.role === "spectator") this.#publishObservers();
    return new Response(null, { status: 101, webSocket: client });
  }

  onMessage(ws: WebSocket, message: string | ArrayBuffer): void {
    const att = this.#sockets.get(ws);
    if (att.left) return; // frames still in flight after the room closed the socket
    if (typeof message === "string") {
      return this.#close(ws, CLOSE.UNSUPPORTED_DATA, `text frames are not part of the protocol (only "${PING}")`);
    }
    const max = this.#limits.maxMessageBytes;
    if (message.byteLength > max) {
      return this.#close(ws, CLOSE.MESSAGE_TOO_BIG, `message of ${message.byteLength} bytes is over the ${max}-byte limit`);
    }
    const throttled = this.#rates.admit(ws, message.byteLength);
    if (throttled) return this.#close(ws, CLOSE.RATE_LIMITED, throttled);
    const frame = readClientFrame(new Uint8Array(message));
    switch (frame.type) {
      case "sync-step1":
        return this.#onSyncRequest(ws, att, frame.stateVector);
      case "sync-step2":
      case "sync-update":
        return this.#onWrite(ws, att, frame.update, frame.type === "sync-update");
      case "awareness":
        return this.#onAwareness(ws, att, readAwarenessUpdate(frame.update));
      case "query-awareness":
        return send(ws, awarenessFrame(writeAwarenessUpdate(this.#spectators.awarenessFor(att.doc, att.identity.role))));
    }
  }

  onClose(ws: WebSocket): void {
    const att = this.#sockets.get(ws);
    if (att.left) return;
    this.#sockets.save(ws, { ...att, clients: {}, left: true });
    const gone = departures(att.clients);
    if (gone.length > 0) this.#spectators.relay(att.doc, gone, att.identity.role, ws);
    if (att.identity.role === "spectator") this.#publishObservers();
    const stillHere = this.#sockets.of(`user:${att.identity.userId}`).some((o) => o !== ws && !this.#sockets.get(o).left);
    if (!stillHere) this.#audit("room.leave", att.identity);
  }

  async onAlarm(): Promise<void> {
    await this.#store.deadlines.fire(this.#deadlineHandlers);
  }

  /** What each deadline does when it is due (deadlines.ts). */
  readonly #deadlineHandlers: DeadlineHandlers = {
    expiry: () => this.#expire(),
    checkpoint: () => {
      for (const name of DOC_NAMES) {
        if (this.#store.log.tailLength(name) > 0) this.#store.log.checkpoint(name, Y.encodeStateAsUpdate(this.#doc(name)));
      }
      this.#sinceCheckpoint = 0;
    },
  };

  // ── writes ───────────────────────────────────────────────────────────────────────────────────

  /** A peer's sync step 1: the diff it lacks (a few a minute), and whether its copy holds edits refused to it. */
  #onSyncRequest(ws: WebSocket, att: Attachment, stateVector: Uint8Array): void {
    if (!this.#rates.syncRequest(ws)) {
      return send(ws, permissionDeniedFrame(`too many sync requests: at most ${this.#limits.syncRequestsPerMinute} a minute; this one was not answered`));
    }
    const doc = this.#doc(att.doc);
    const peer = readStateVector(stateVector);
    if (!att.diverged && this.#store.refused.holdsRefused(att.doc, att.identity.userId, peer, doc)) {
      this.#sockets.save(ws, { ...att, diverged: true });
    }
    send(ws, syncFrame(SYNC_STEP2, Y.encodeStateAsUpdate(doc, stateVector)));
  }

  /** A step 2 or an update: decoded whole and checked before any of it reaches the doc. */
  #onWrite(ws: WebSocket, att: Attachment, bytes: Uint8Array, isUpdate: boolean): void {
    const doc = this.#doc(att.doc);
    const update = readUpdate(bytes);
    const fresh = newStructs(update, doc);
    if (isNoop(update, fresh, doc)) return; // e.g. a step-2 reply that holds nothing new
    if (att.diverged) {
      return send(ws, permissionDeniedFrame(`your copy of ${att.doc} holds changes the room refused; ${COPY_DIVERGED}`));
    }
    const clients = writers(fresh);
    const refusal = this.#refusal(att, update, fresh, clients);
    if (refusal) {
      this.#store.refused.refuse(att.doc, att.identity.userId, fresh, doc);
      this.#sockets.save(ws, { ...att, diverged: true });
      send(ws, permissionDeniedFrame(refusal));
      // Tell it where the room really is; a rejected step-2 reply is not answered again, so no loop.
      if (isUpdate) send(ws, syncFrame(SYNC_STEP1, Y.encodeStateVector(doc)));
      return;
    }
    this.#apply(ws, att.doc, bytes);
    this.#store.owners.claim(att.doc, clients, att.identity.userId);
  }

  /** Why a write may not be applied: the socket's role, someone else's client id, or a document limit. */
  #refusal(att: Attachment, update: ClientUpdate, fresh: Array<Y.Item | Y.GC>, clients: number[]): string | null {
    const name = att.doc;
    if (docAccess(att.identity.role, name, this.#store.settings.get()) !== "write") return `${name} is read-only for you; ${WRITE_NOT_SAVED}`;
    const foreign = this.#store.owners.foreign(name, clients, att.identity.userId);
    if (foreign !== undefined) return `client ${foreign} belongs to another participant; ${WRITE_NOT_SAVED}`;
    for (const c of futureDependencies(update, fresh, this.#doc(name))) {
      // An id nobody has written with or announced is nobody else's: a writer's own first frame,
      // overtaken by its second (local workerd reorders a socket's frames), is exactly this.
      const owner = this.#store.owners.owner(name, c);
      if (!clients.includes(c) && owner !== undefined && owner !== att.identity.userId) {
        return `your change builds on edits of client ${c} that the room does not have; ${WRITE_NOT_SAVED}`;
      }
    }
    return overLimit(name, this.#doc(name), update, fresh, this.#limits, name === "code" ? this.#codeMeter : undefined);
  }

  /**
   * Applies a checked write. Its update events are held back and logged and sent only once Yjs
   * has integrated all of it; should Yjs fail halfway, nothing is logged or sent and the doc is
   * rebuilt from the log. (Never the state doc: nobody may write it, so no write reaches here.)
   */
  #apply(ws: WebSocket, name: DocName, bytes: Uint8Array): void {
    const held: Uint8Array[] = (this.#held = []);
    try {
      Y.applyUpdate(this.#doc(name), bytes, ws);
    } catch (e) {
      this.#docs.set(name, new Y.Doc());
      this.#fill(name);
      throw new ProtocolError(`update could not be applied: ${(e as Error).message}`);
    } finally {
      this.#held = null;
    }
    for (const u of held) this.#commit(name, u, ws);
    if (name === "code") this.#lineEndings.fix(SERVER); // logged and sent after the write it corrects
  }

  /** Every change to a doc, whoever made it: log first, then fan out (sends wait on the write). */
  #onDocUpdate(name: DocName, update: Uint8Array, origin: unknown): void {
    if (origin === LOAD) return;
    if (this.#held) return void this.#held.push(update);
    if (origin === SERVER) this.#store.owners.claim(name, [this.#doc(name).clientID], SERVER_USER);
    this.#commit(name, update, origin);
  }

  #commit(name: DocName, update: Uint8Array, origin: unknown): void {
    const userId = origin instanceof WebSocket ? this.#sockets.get(origin).identity.userId : origin === SERVER ? SERVER_USER : "unknown";
    this.#store.log.append(name, userId, update);
    // Per update: a lookup in memory; a write only when the checkpoint must come sooner.
    this.#store.deadlines.noLaterThan("checkpoint", checkpointDue(++this.#sinceCheckpoint, Date.now()));
    this.#sockets.broadcast(name, syncFrame(SYNC_UPDATE, update), origin instanceof WebSocket ? origin : undefined);
  }

  /** Loads a doc as snapshot + later updates and starts listening to it; returns the tail's length. */
  #fill(name: DocName): number {
    const doc = this.#doc(name);
    if (name === "code") {
      this.#codeMeter = new ContentMeter(doc);
      this.#lineEndings = new LineEndings(doc, (origin) => origin !== LOAD);
    }
    const { updates, tail } = this.#store.log.load(name);
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u, LOAD);
    }, LOAD);
    doc.on("update", (u: Uint8Array, origin: unknown) => this.#onDocUpdate(name, u, origin));
    return tail;
  }

  /** Past expiry: everyone out, every byte of the room deleted. */
  async #expire(): Promise<"stop"> {
    for (const ws of this.#sockets.of()) this.#close(ws, CLOSE.ROOM_CLOSED, "this room has expired");
    this.#audit("room.expire", { userId: "server", name: "Duet" });
    this.#purged = true;
    await this.ctx.storage.deleteAlarm();
    await this.ctx.storage.deleteAll();
    return "stop"; // nothing left to checkpoint or to arm
  }

  // ── the state doc: written only here ─────────────────────────────────────────────────────────

  #publishSettings({ title, expiresAt, endedAt, candidateReadOnly, spectatorsVisible }: RoomSettings): void {
    setMeta(this.#doc("state"), { title, expiresAt, endedAt, candidateReadOnly, spectatorsVisible }, SERVER);
  }

  /** How many people are watching, for the candidate who may not see their carets. */
  #publishObservers(): void {
    setMeta(this.#doc("state"), { observers: this.#spectators.count() }, SERVER);
  }

  #audit(action: "room.leave" | "room.expire", actor: { userId: string; name: string }): void {
    const roomId = this.#store.settings.get().roomId;
    if (!roomId) return; // a room never configured by the Worker has no D1 row
    this.ctx.waitUntil(this.#data.audit({ roomId, actor, action }).catch((e) => console.error(JSON.stringify({ room: roomId, event: "audit_failed", error: String(e) }))));
  }

  // ── awareness ────────────────────────────────────────────────────────────────────────────────

  #onAwareness(ws: WebSocket, att: Attachment, entries: AwarenessEntry[]): void {
    const { accepted, denied } = applyAwareness(entries, att.clients, att.identity, (clientId) => {
      const owner = this.#sockets.ownerOf(att.doc, clientId, ws);
      if (!owner) return this.#offlineOwner(att, clientId);
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
    if (accepted.length > 0) this.#spectators.relay(att.doc, accepted, att.identity.role);
    // Announcing a client id claims it for writing too, before anyone else can write with it.
    this.#store.owners.claim(att.doc, accepted.filter((e) => e.state !== null).map((e) => e.clientId), att.identity.userId);
  }

  /** A client id nobody has a socket for: still someone else's if they wrote with it (their relays are dropped silently). */
  #offlineOwner(att: Attachment, clientId: number): Owner | undefined {
    const userId = this.#store.owners.owner(att.doc, clientId);
    return userId === undefined || userId === att.identity.userId ? undefined : { userId, clock: Infinity, release: () => {} };
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

  #runController(): RunController {
    const { ctx, env } = this;
    const settings = this.#store.settings;
    return new RunController(
      {
        env,
        data: this.#data,
        ctx,
        state: this.#doc("state"),
        source: (language) => codeText(this.#doc("code"), language).toString(),
        problemSlug: () => settings.get().problem?.slug ?? null,
        roomId: () => settings.get().roomId,
        tenant: () => settings.get().tenant ?? `room:${ctx.id.toString()}`,
        origin: SERVER,
        roomLabel: ctx.id.name ?? ctx.id.toString(),
      },
      this.#store.runs,
    );
  }

  get #store(): RoomStorage {
    if (!this.#opened) throw new Error(this.#unavailable ?? "the room's storage is not open");
    return this.#opened;
  }

  get #label(): string {
    return this.ctx.id.name ?? this.ctx.id.toString();
  }

  #doc(name: DocName): Y.Doc {
    return this.#docs.get(name)!;
  }
}

