/**
 * The room's three Yjs docs and their persistence: loaded as the latest snapshot plus the later
 * updates; every change, whoever made it, appended to the log before it is sent to anyone; a
 * socket's write applied whole or not at all; checkpoints written when the deadline says.
 *
 * Group commit: sockets' writes are logged and sent in batches. Each Durable Object event that
 * writes SQLite ends in a commit of its own, which costs local workerd ~0.5 ms, several times the
 * rest of a keystroke's work; so a socket's write is applied to the doc at once (the next frame's
 * checks need it) but held, unlogged and unsent, until flush(): soon after (the Room's zero-delay
 * flush), when the batch is full, or before anything else reads or changes the room (every other
 * entry point and frame flushes first). A write that comes alone, not in a burst, is flushed at
 * once. Nobody sees a held write, so an eviction before the flush loses only what its writer
 * still has and sends again when it reconnects.
 */
import * as Y from "yjs";
import { DOC_NAMES, type DocName } from "../../contracts/wire";
import { SERVER_USER } from "./client-owners";
import { ContentMeter } from "./content-size";
import { checkpointDue } from "./deadlines";
import { ProtocolError } from "./frames";
import { encodeIntegrated } from "./integrated-state";
import { LineEndings } from "./line-endings";
import { misplacedItem } from "./placement";
import { LINE_ENDINGS, LOAD, authorOf, byRoom, readOrigin, type Origin } from "./origins";
import type { RoomStorage } from "./storage";

/** Sends a logged change to the doc's sockets, all but the one that wrote it. */
export type Fanout = (name: DocName, update: Uint8Array, except?: WebSocket) => void;

/**
 * A held batch is flushed at once past any of these: bounds on the memory and the delay it adds.
 * The time bound matters under a flood of frames: the zero-delay flush waits for the runtime's
 * queue of frames to empty, and a flood (even of frames with nothing new) keeps it full.
 */
export const MAX_HELD_WRITES = 256;
export const MAX_HELD_BYTES = 1024 * 1024;
export const MAX_HELD_MS = 10;
/**
 * A write that comes this long after the one before is not part of a burst: logged and sent at
 * once, without waiting a turn for writes that are not coming (a person typing, a fan-out).
 */
export const BURST_GAP_MS = 2;

/** What RoomDocs asks of the Room. */
export interface RoomDocsHooks {
  fanout: Fanout;
  /** Asks the Room to flush() soon, in an event of its own; called once per batch. */
  flushSoon: () => void;
  /**
   * The log refused a held batch: these sockets' writes are gone from the room (nobody saw them),
   * but their clients believe them delivered. Closing them makes the clients reconnect and sync,
   * which sends the writes again.
   */
  unsaved: (writers: WebSocket[]) => void;
  /** The clock that tells a burst from a write alone (a test's own). */
  now?: () => number;
}

/** A socket's write applied to its doc but not yet logged or sent. */
interface HeldWrite { doc: DocName; data: Uint8Array; userId: string; ws: WebSocket; ts: number }

export class RoomDocs {
  readonly #docs = new Map<DocName, Y.Doc>();
  readonly #store: RoomStorage;
  /** The code doc's live content, for its size cap. */
  #codeMeter!: ContentMeter;
  /** The `\r`s writes bring into the code doc, removed by the room's own edit in the same turn. */
  #lineEndings!: LineEndings;
  /** While a socket's write is being applied: its update events, logged and sent once Yjs took all of it. */
  #held: Uint8Array[] | null = null;
  /** Why the write being applied left an item out of place (placement.ts), once Yjs integrated it. */
  #misplaced: string | null = null;
  /** Sockets' writes applied but not yet logged or sent: the next flush() logs them in one commit. */
  #unlogged: HeldWrite[] = [];
  #unloggedBytes = 0;
  /** When the latest socket write came (Date.now(), which the runtime moves on between events). */
  #lastWriteAt = -Infinity;
  readonly #hooks: RoomDocsHooks;
  /** Updates logged by this instance since the last checkpoint: a long run of them checkpoints at once. */
  #sinceCheckpoint = 0;

  readonly #now: () => number;

  constructor(store: RoomStorage, hooks: RoomDocsHooks) {
    this.#store = store;
    this.#hooks = hooks;
    this.#now = hooks.now ?? Date.now;
    for (const name of DOC_NAMES) this.#docs.set(name, new Y.Doc());
  }

  doc(name: DocName): Y.Doc {
    return this.#docs.get(name)!;
  }

  get codeMeter(): ContentMeter {
    return this.#codeMeter;
  }

  /** Every doc from storage; a long unsnapshotted tail makes the checkpoint due at once. */
  load(): void {
    let longestTail = 0;
    for (const name of DOC_NAMES) longestTail = Math.max(longestTail, this.#fill(name));
    if (longestTail > 0) this.#store.deadlines.noLaterThan("checkpoint", checkpointDue(longestTail, Date.now())); // keep the next load short
    this.#lineEndings.fixAll(LINE_ENDINGS); // rooms from before code buffers were kept LF-only
  }

  /**
   * Applies a checked write. Its update events are held back and logged and sent only once Yjs
   * has integrated all of it; should Yjs fail halfway, nothing is logged or sent and the doc is
   * rebuilt from the log. So is one whose items Yjs placed where others might not (placement.ts).
   * (Never the state doc: nobody may write it, so no write reaches here.)
   */
  apply(name: DocName, bytes: Uint8Array, origin: Origin): void {
    const held: Uint8Array[] = (this.#held = []);
    this.#misplaced = null;
    try {
      Y.applyUpdate(this.doc(name), bytes, origin);
    } catch (e) {
      this.#reload(name);
      throw new ProtocolError(`update could not be applied: ${(e as Error).message}`);
    } finally {
      this.#held = null;
    }
    if (this.#misplaced !== null) {
      this.#reload(name);
      throw new ProtocolError(`malformed update: ${this.#misplaced}`);
    }
    for (const u of held) this.#commit(name, u, origin);
    if (name === "code") this.#lineEndings.fix(LINE_ENDINGS); // logged and sent after the write it corrects
  }

  /**
   * Logs the held writes, in the order they were applied, then sends them: one commit for the
   * batch, and the sends wait on it (the output gate). Should the log refuse them, the docs are
   * rebuilt from the log, as a write Yjs could not apply is, and nothing is sent.
   */
  flush(): void {
    const batch = this.#unlogged;
    if (batch.length === 0) return;
    this.#unlogged = [];
    this.#unloggedBytes = 0;
    try {
      this.#store.log.appendAll(batch);
    } catch (e) {
      for (const name of new Set(batch.map((w) => w.doc))) this.#reload(name);
      this.#hooks.unsaved([...new Set(batch.map((w) => w.ws))]);
      throw e;
    }
    this.#counted(batch.length);
    for (const w of batch) this.#hooks.fanout(w.doc, w.data, w.ws);
  }

  /** Flushes a batch held for MAX_HELD_MS or more: checked on every frame, whatever it holds. */
  flushIfDue(now = this.#now()): void {
    if (this.#unlogged.length > 0 && now - this.#unlogged[0].ts >= MAX_HELD_MS) this.flush();
  }

  /** Snapshots every doc with updates after its latest snapshot (the checkpoint deadline's handler). */
  checkpoint(): void {
    this.flush();
    const { log } = this.#store;
    for (const name of DOC_NAMES) if (log.tailLength(name) > 0) log.checkpoint(name, encodeIntegrated(this.doc(name)));
    this.#sinceCheckpoint = 0;
  }

  stateVectors(): Record<DocName, Uint8Array> {
    return Object.fromEntries(DOC_NAMES.map((name) => [name, Y.encodeStateVector(this.doc(name))])) as Record<DocName, Uint8Array>;
  }

  /** Every change to a doc, whoever made it: log first, then fan out (sends wait on the write). */
  #onUpdate(name: DocName, update: Uint8Array, origin: Origin | null, tr: Y.Transaction): void {
    if (origin?.kind === "load") return;
    if (this.#held) {
      this.#misplaced ??= misplacedItem(tr);
      return void this.#held.push(update);
    }
    if (byRoom(origin)) this.#store.owners.claim(name, [this.doc(name).clientID], SERVER_USER);
    this.#commit(name, update, origin);
  }

  #commit(name: DocName, update: Uint8Array, origin: Origin | null): void {
    if (origin?.kind === "socket") return this.#hold({ doc: name, data: update, userId: origin.userId, ws: origin.ws, ts: this.#now() });
    this.flush(); // the room's own change is logged after the writes applied before it
    this.#store.log.append(name, authorOf(origin), update);
    this.#counted(1);
    this.#hooks.fanout(name, update);
  }

  /** `n` more updates logged: a lookup in memory; a write only when the checkpoint must come sooner. */
  #counted(n: number): void {
    this.#sinceCheckpoint += n;
    this.#store.deadlines.noLaterThan("checkpoint", checkpointDue(this.#sinceCheckpoint, Date.now()));
  }

  #hold(write: HeldWrite): void {
    const alone = write.ts - this.#lastWriteAt >= BURST_GAP_MS;
    this.#lastWriteAt = write.ts;
    if (this.#unlogged.push(write) === 1) {
      if (alone) return this.flush();
      this.#hooks.flushSoon();
    }
    this.#unloggedBytes += write.data.byteLength;
    if (this.#unlogged.length >= MAX_HELD_WRITES || this.#unloggedBytes >= MAX_HELD_BYTES) this.flush();
  }

  /**
   * A doc as the log has it: what Yjs half-applied, or what the log refused, is gone. The held
   * writes are logged first: applied and about to be sent, they must not be dropped with it.
   */
  #reload(name: DocName): void {
    this.flush();
    this.#docs.set(name, new Y.Doc());
    this.#fill(name);
  }

  /** Loads a doc as snapshot + later updates and starts listening to it; returns the tail's length. */
  #fill(name: DocName): number {
    const doc = this.doc(name);
    if (name === "code") {
      this.#codeMeter = new ContentMeter(doc);
      this.#lineEndings = new LineEndings(doc, (origin) => readOrigin(origin)?.kind !== "load");
    }
    const { updates, tail } = this.#store.log.load(name);
    doc.transact(() => {
      for (const u of updates) Y.applyUpdate(doc, u, LOAD);
    }, LOAD);
    doc.on("update", (u: Uint8Array, origin: unknown, _doc: Y.Doc, tr: Y.Transaction) => this.#onUpdate(name, u, readOrigin(origin), tr));
    return tail;
  }
}
