/**
 * A client's Yjs update, read completely before any of it reaches a doc. Y.applyUpdate decodes
 * and integrates as it goes, so a truncated update used to be half applied (and broadcast) before
 * it failed; and lib0 reads past the end of its input without complaint in places (readUint8
 * returns undefined), so even Y.decodeUpdate can "succeed" on a truncated update. Here the
 * decoder's final position must be exactly the update's length, and the structs must be ones Yjs
 * itself could have written. Anything else is a ProtocolError: that socket closes 1002.
 *
 * The facts the Room decides on (is anything new, which client ids does it write with) come from
 * the same decoded structs, so a keystroke is decoded once.
 */
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import { ProtocolError } from "./frames";

export type Struct = Y.Item | Y.GC | Y.Skip;
type Decoded = ReturnType<typeof Y.decodeUpdate>;

export interface ClientUpdate {
  structs: Struct[];
  ds: Decoded["ds"];
}

/** The decoder Y.decodeUpdateV2 builds, kept so that its final position can be checked. */
let lastDecoder: Y.UpdateDecoderV1 | null = null;
class TrackedDecoder extends Y.UpdateDecoderV1 {
  constructor(decoder: decoding.Decoder) {
    super(decoder);
    lastDecoder = this; // eslint-disable-line @typescript-eslint/no-this-alias
  }
}

/** Decodes a v1 update whole, or throws ProtocolError. */
export function readUpdate(update: Uint8Array): ClientUpdate {
  let decoded: Decoded;
  try {
    decoded = Y.decodeUpdateV2(update, TrackedDecoder);
  } catch (e) {
    throw new ProtocolError(`malformed update: ${(e as Error).message}`);
  }
  const end = lastDecoder!.restDecoder.pos;
  lastDecoder = null;
  if (end > update.byteLength) throw new ProtocolError("malformed update: truncated");
  if (end < update.byteLength) throw new ProtocolError("malformed update: trailing bytes");
  checkStructure(decoded, decoding.readVarUint(decoding.createDecoder(update)));
  return decoded;
}

/** A peer's state vector (client → next clock), read whole, or ProtocolError. */
export function readStateVector(bytes: Uint8Array): Map<number, number> {
  try {
    const d = decoding.createDecoder(bytes);
    const sv = new Map<number, number>();
    for (let n = decoding.readVarUint(d); n > 0; n--) sv.set(decoding.readVarUint(d), decoding.readVarUint(d));
    if (decoding.hasContent(d)) throw new Error("trailing bytes");
    return sv;
  } catch (e) {
    throw new ProtocolError(`malformed state vector: ${(e as Error).message}`);
  }
}

/**
 * What lib0 decodes but no Yjs encoder writes, and Yjs's integration would trip over (halfway) or
 * silently drop: empty structs or deletions, a client listed twice, clocks past 2^53, an item that refers
 * to its own client at or after its own clock (origins and parents always precede an item).
 */
function checkStructure({ structs, ds }: ClientUpdate, sections: number): void {
  const seen = new Set<number>();
  let client = -1;
  for (const s of structs) {
    if (s.id.client !== client) {
      client = s.id.client;
      if (seen.has(client)) throw new ProtocolError(`malformed update: client ${client} listed twice`);
      seen.add(client);
    }
    if (!(s.length > 0)) throw new ProtocolError("malformed update: empty struct");
    if (!Number.isSafeInteger(s.id.clock + s.length)) throw new ProtocolError("malformed update: clock out of range");
    if (s instanceof Y.Item && (refersAhead(s, s.origin) || refersAhead(s, s.rightOrigin) || (s.parent instanceof Y.ID && refersAhead(s, s.parent)))) {
      throw new ProtocolError("malformed update: an item refers to its own future");
    }
  }
  // Yjs keeps only the last section of a client listed twice in a row, and writes no empty section.
  if (seen.size !== sections) throw new ProtocolError("malformed update: a client listed twice, or with nothing");
  for (const ranges of ds.clients.values()) {
    for (const { clock, len } of ranges) {
      if (!(len > 0) || !Number.isSafeInteger(clock + len)) throw new ProtocolError("malformed update: bad deletion range");
    }
  }
}

function refersAhead(item: Y.Item, ref: Y.ID | null): boolean {
  return ref !== null && ref.client === item.id.client && ref.clock >= item.id.clock;
}

/** Structs (Items and GCs, not Skips) that reach past what the doc has of their client. */
export function newStructs(update: ClientUpdate, doc: Y.Doc): Array<Y.Item | Y.GC> {
  const fresh: Array<Y.Item | Y.GC> = [];
  let client = -1;
  let state = 0;
  for (const s of update.structs) {
    if (s.id.client !== client) {
      client = s.id.client;
      state = Y.getState(doc.store, client);
    }
    if (s.id.clock + s.length > state && !(s instanceof Y.Skip)) fresh.push(s);
  }
  return fresh;
}

/** The client ids a write speaks for: those of its new structs. */
export function writers(fresh: Array<Y.Item | Y.GC>): number[] {
  const ids = new Set<number>();
  for (const s of fresh) ids.add(s.id.client);
  return [...ids];
}

/**
 * Client ids whose edits the room does not have yet and the write builds on: placing an item
 * next to one of them, or deleting one. Yjs keeps such a write pending (in memory, unlogged) until
 * they arrive, and then applies it as part of *their* writer's update. Only a writer's own future
 * is its business (a reconnecting client's update can overtake its sync reply); anyone else's is a
 * trap: text that attaches itself to the victim's next keystroke, or deletes it as it is typed.
 */
export function futureDependencies(update: ClientUpdate, fresh: Array<Y.Item | Y.GC>, doc: Y.Doc): Set<number> {
  const ahead = new Set<number>();
  const check = (client: number, clock: number) => {
    if (clock >= Y.getState(doc.store, client)) ahead.add(client);
  };
  const checkRef = (s: Y.Item, ref: Y.ID | null) => {
    if (ref !== null && ref.client !== s.id.client) check(ref.client, ref.clock);
  };
  for (const s of fresh) {
    if (!(s instanceof Y.Item)) continue;
    checkRef(s, s.origin);
    checkRef(s, s.rightOrigin);
    if (s.parent instanceof Y.ID) checkRef(s, s.parent);
  }
  for (const [client, ranges] of update.ds.clients) for (const { clock, len } of ranges) check(client, clock + len - 1);
  return ahead;
}

/**
 * True when the update adds nothing to the doc: no new struct and no deletion of anything not
 * already deleted. Step-2 replies always carry the sender's whole delete set, so without the
 * second half every read-only peer's reply would look like a write.
 */
export function isNoop(update: ClientUpdate, fresh: unknown[], doc: Y.Doc): boolean {
  if (fresh.length > 0) return false;
  for (const [client, ranges] of update.ds.clients) {
    for (const { clock, len } of ranges) if (!alreadyDeleted(doc, client, clock, len)) return false;
  }
  return true;
}

function alreadyDeleted(doc: Y.Doc, client: number, clock: number, len: number): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs || clock + len > Y.getState(doc.store, client)) return false;
  for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i].id.clock < clock + len; i++) {
    if (!structs[i].deleted) return false;
  }
  return true;
}
