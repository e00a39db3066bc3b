/**
 * What the Worker asks of a room over RPC, once it has checked the caller's role. DO RPC calls
 * methods of the class, so the Room keeps one line per command that delegates here; the logic,
 * and what each command means for the room's docs, sockets and storage, is in this module.
 */
import type { LanguageId } from "../../contracts/languages";
import { DEFAULT_ROOM_LANGUAGE, codeText, readMeta, setMeta, type StartRun, type Timer, type TimerCommand } from "../../contracts/room-state";
import type { RunResult } from "../../contracts/room-rpc";
import { CLOSE, type DocName, type Identity, type Role } from "../../contracts/wire";
import type { RoomData } from "../../data/room-data";
import { seedBuffer, swapStarters, type Starters } from "./buffers";
import { ROOM } from "./origins";
import type { RoomDocs } from "./room-docs";
import { RunController } from "./runs/run-controller";
import type { RoomSettings } from "./settings";
import type { SocketTable } from "./sockets";
import type { Spectators } from "./spectators";
import { appendChat, nextTimer, publishSettings } from "./state-writes";
import type { RoomStorage } from "./storage";

/** What the Worker gives a new room. */
export interface RoomInit {
  roomId: string;
  title: string;
  expiresAt: number;
  language?: LanguageId;
  problem?: { slug: string; starter: Starters } | null;
  tenant?: string;
  /** The tenant's cap on rooms running code at once, when its organisation set one (else the deployment's). */
  roomsWithRuns?: number;
  /** The organisation whose webhooks hear of the room's end. */
  orgId?: string | null;
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
        source: (language) => codeText(docs.doc("code"), language).toString(),
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
    this.#publish(store.settings.update({ roomId: init.roomId, title: init.title, expiresAt: init.expiresAt, tenant: init.tenant ?? null, roomsWithRuns: init.roomsWithRuns ?? null, orgId: init.orgId ?? null }));
    setMeta(docs.doc("state"), { language: init.language ?? DEFAULT_ROOM_LANGUAGE }, ROOM);
    this.setProblem(init.problem ?? null);
    store.deadlines.set("expiry", init.expiresAt);
  }

  setCandidateReadOnly(candidateReadOnly: boolean): void {
    this.#publish(this.host.store.settings.update({ candidateReadOnly }));
  }

  /** Whether candidates see the spectators' carets; switching sends them, or takes them away, at once. */
  setSpectatorsVisible(spectatorsVisible: boolean): void {
    const before = this.host.store.settings.get().spectatorsVisible;
    this.#publish(this.host.store.settings.update({ spectatorsVisible }));
    if (before !== spectatorsVisible) this.host.spectators.switched(spectatorsVisible);
  }

  /** Closes every socket opened with that invite, at once; returns how many. */
  revokeInvite(inviteId: string): number {
    const sockets = this.host.sockets.of(`invite:${inviteId}`);
    for (const ws of sockets) this.host.close(ws, CLOSE.FORBIDDEN, "this link was revoked");
    return sockets.length;
  }

  end(at = Date.now()): void {
    this.#publish(this.host.store.settings.update({ endedAt: at }));
    for (const ws of this.host.sockets.of()) this.host.close(ws, CLOSE.ROOM_CLOSED, "the interviewer ended this interview");
  }

  extend(expiresAt: number): void {
    this.#publish(this.host.store.settings.update({ expiresAt }));
    this.host.store.deadlines.set("expiry", expiresAt);
  }

  chat(by: Identity, text: string): void {
    appendChat(this.host.docs.doc("state"), { id: crypto.randomUUID(), userId: by.userId, name: by.name, role: by.role, text, ts: Date.now() }, ROOM);
  }

  /** Switches the room's language; an empty buffer gets the starter code, once, from here. */
  setLanguage(language: LanguageId): void {
    const { docs, store } = this.host;
    seedBuffer(docs.doc("code"), language, store.settings.get().problem?.starter, ROOM);
    setMeta(docs.doc("state"), { language }, ROOM);
  }

  /** Puts a problem on the table (or clears it); untouched buffers get its starter code. */
  setProblem(problem: { slug: string; starter: Starters } | null): void {
    const { docs, store } = this.host;
    const before = store.settings.get().problem;
    store.settings.update({ problem });
    swapStarters(docs.doc("code"), before?.starter, problem?.starter ?? null, readMeta(docs.doc("state")).language, ROOM);
    setMeta(docs.doc("state"), { problemSlug: problem?.slug ?? null }, ROOM);
  }

  timer(cmd: TimerCommand): Timer {
    const state = this.host.docs.doc("state");
    const timer = nextTimer(readMeta(state).timer, cmd, Date.now());
    setMeta(state, { timer }, ROOM);
    return timer;
  }

  async startRun(req: StartRun, by: Identity, mode: "run" | "submit" = "run"): Promise<RunResult> {
    const closed = this.host.store.settings.closedReason();
    if (closed || this.host.purged()) return { ok: false, code: "forbidden", message: closed ?? "this room has expired" };
    return this.runs.start(req, by, mode);
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

  #publish(settings: RoomSettings): void {
    publishSettings(this.host.docs.doc("state"), settings, ROOM);
  }
}
