/**
 * The room's three Yjs docs and their persistence: loaded as the latest snapshot plus the later
 * updates; every change, whoever made it, appended to the log before it is sent to anyone; a
 * socket's write applied whole or not at all; checkpoints written when the deadline says.
 */
import * as Y from "yjs";
import { DOC_NAMES, type DocName } from "../../contracts/wire";
import { SERVER_USER } from "./client-owners";
import { ContentMeter } from "./content-size";
import { checkpointDue } from "./deadlines";
import { ProtocolError } from "./frames";
import { LineEndings } from "./line-endings";
import { LINE_ENDINGS, LOAD, authorOf, byRoom, readOrigin, type Origin } from "./origins";
import type { RoomStorage } from "./storage";

/** Sends a logged change to the doc's sockets, all but the one that wrote it. */
export type Fanout = (name: DocName, update: Uint8Array, except?: WebSocket) => void;

export class RoomDocs {
  readonly #docs = new Map<DocName, Y.Doc>();
  readonly #store: RoomStorage;
  readonly #fanout: Fanout;
  /** The code doc's live content, for its size cap. */
  #codeMeter!: ContentMeter;
  /** The `\r`s writes bring into the code doc, removed by the room's own edit in the same turn. */
  #lineEndings!: LineEndings;
  /** While a socket's write is being applied: its update events, logged and sent once Yjs took all of it. */
  #held: Uint8Array[] | null = null;
  /** Updates logged by this instance since the last checkpoint: a long run of them checkpoints at once. */
  #sinceCheckpoint = 0;

  constructor(store: RoomStorage, fanout: Fanout) {
    this.#store = store;
    this.#fanout = fanout;
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
   * rebuilt from the log. (Never the state doc: nobody may write it, so no write reaches here.)
   */
  apply(name: DocName, bytes: Uint8Array, origin: Origin): void {
    const held: Uint8Array[] = (this.#held = []);
    try {
      Y.applyUpdate(this.doc(name), bytes, origin);
    } catch (e) {
      this.#docs.set(name, new Y.Doc());
      this.#fill(name);
      throw new ProtocolError(`update could not be applied: ${(e as Error).message}`);
    } finally {
      this.#held = null;
    }
    for (const u of held) this.#commit(name, u, origin);
    if (name === "code") this.#lineEndings.fix(LINE_ENDINGS); // logged and sent after the write it corrects
  }

  /** Snapshots every doc with updates after its latest snapshot (the checkpoint deadline's handler). */
  checkpoint(): void {
    const { log } = this.#store;
    for (const name of DOC_NAMES) if (log.tailLength(name) > 0) log.checkpoint(name, Y.encodeStateAsUpdate(this.doc(name)));
    this.#sinceCheckpoint = 0;
  }

  stateVectors(): Record<DocName, Uint8Array> {
    return Object.fromEntries(DOC_NAMES.map((name) => [name, Y.encodeStateVector(this.doc(name))])) as Record<DocName, Uint8Array>;
  }

  /** Every change to a doc, whoever made it: log first, then fan out (sends wait on the write). */
  #onUpdate(name: DocName, update: Uint8Array, origin: Origin | null): void {
    if (origin?.kind === "load") return;
    if (this.#held) return void this.#held.push(update);
    if (byRoom(origin)) this.#store.owners.claim(name, [this.doc(name).clientID], SERVER_USER);
    this.#commit(name, update, origin);
  }

  #commit(name: DocName, update: Uint8Array, origin: Origin | null): void {
    this.#store.log.append(name, authorOf(origin), update);
    // Per update: a lookup in memory; a write only when the checkpoint must come sooner.
    this.#store.deadlines.noLaterThan("checkpoint", checkpointDue(++this.#sinceCheckpoint, Date.now()));
    this.#fanout(name, update, origin?.kind === "socket" ? origin.ws : undefined);
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
    doc.on("update", (u: Uint8Array, origin: unknown) => this.#onUpdate(name, u, readOrigin(origin)));
    return tail;
  }
}
