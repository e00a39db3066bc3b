/**
 * Whether the room holds everything of this page's copy of a doc: the check a reload waits for, so
 * that nothing typed is lost. y-websocket has no acknowledgement, and its `synced` only says the
 * room's state reached us, not that ours reached the room. So we ask the room in its own protocol:
 * a sync step 1 whose state vector claims, for every writer in our copy, one item less than we
 * hold. The room answers (sync step 2) with each writer's items from there on, as far as it has
 * them, and its whole delete set. The room holds all of ours exactly when, for every writer, the
 * answer reaches our clock, and every deletion we made is in its delete set. (Deletions add no
 * clock in Yjs: a state vector alone would miss a pending backspace.) The answer costs one item
 * per writer, not the document; and a stock y-websocket server answers it the same way.
 */
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { MESSAGE_SYNC, SYNC_STEP1 } from "../../../contracts/wire";

/** Our state vector with every writer's clock one lower: the room's answer then shows whether it reaches ours. */
export function probeStateVector(doc: Y.Doc): Uint8Array {
  const claimed = new Map<number, number>();
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) claimed.set(client, Math.max(0, clock - 1));
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, claimed.size);
  for (const [client, clock] of claimed) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
  }
  return encoding.toUint8Array(e);
}

/** Whether `answer` (the room's step 2 to probeStateVector) shows the room holds every item and deletion of `doc`. */
export function roomHoldsAll(doc: Y.Doc, answer: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(answer);
  // Where each writer's items in the answer end. (Not encodeStateVectorFromUpdate: it counts a writer
  // only from clock 0, and the answer starts one item before our clock.)
  const theirs = new Map<number, number>();
  for (const s of structs) {
    if (s instanceof Y.Skip) continue;
    theirs.set(s.id.client, Math.max(theirs.get(s.id.client) ?? 0, s.id.clock + s.length));
  }
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(doc))) {
    if ((theirs.get(client) ?? 0) < clock) return false;
  }
  const theirDeletes = ds.clients;
  for (const [client, ranges] of Y.snapshot(doc).ds.clients) {
    const held = theirDeletes.get(client) ?? [];
    for (const r of ranges) if (!covered(held, r.clock, r.clock + r.len)) return false;
  }
  return true;
}

/** Whether [from, to) lies inside the union of `ranges` (a delete set's, possibly unsorted and adjacent). */
function covered(ranges: { clock: number; len: number }[], from: number, to: number): boolean {
  let reached = from;
  for (const r of [...ranges].sort((a, b) => a.clock - b.clock)) {
    if (r.clock > reached) break;
    reached = Math.max(reached, r.clock + r.len);
    if (reached >= to) return true;
  }
  return reached >= to;
}

/** One doc's copy and its socket: asks the room, one question at a time, whether it holds all of the copy. */
export class ServerCopy {
  #waiting: ((answer: Uint8Array | null) => void) | null = null;

  constructor(readonly provider: WebsocketProvider, readonly doc: Y.Doc) {}

  /** Every sync step 2 the socket receives passes through here (provider.ts); the first after a question is its answer. */
  answered(update: Uint8Array): void {
    const resolve = this.#waiting;
    this.#waiting = null;
    resolve?.(update);
  }

  /**
   * True only when the room answered that it holds all of this copy. False when it does not (yet),
   * when the socket is not synced (a question then could meet the answer to the connect's own
   * step 1), or when the socket closed before the answer.
   */
  async confirm(): Promise<boolean> {
    const { provider } = this;
    const ws = provider.ws;
    if (!ws || !provider.wsconnected || !provider.synced || this.#waiting) return false;
    const answer = new Promise<Uint8Array | null>((resolve) => {
      this.#waiting = resolve;
      ws.addEventListener("close", () => this.#waiting === resolve && ((this.#waiting = null), resolve(null)), { once: true });
    });
    const e = encoding.createEncoder();
    encoding.writeVarUint(e, MESSAGE_SYNC);
    encoding.writeVarUint(e, SYNC_STEP1);
    encoding.writeVarUint8Array(e, probeStateVector(this.doc));
    try {
      ws.send(encoding.toUint8Array(e));
    } catch {
      this.#waiting = null;
      return false;
    }
    const update = await answer;
    return update !== null && roomHoldsAll(this.doc, update);
  }
}

/** A sync frame's step-2 payload, read without moving the provider's decoder; null for other steps. */
export function peekStep2(decoder: decoding.Decoder, step2: number): Uint8Array | null {
  const peek = decoding.clone(decoder);
  return decoding.readVarUint(peek) === step2 ? decoding.readVarUint8Array(peek) : null;
}
