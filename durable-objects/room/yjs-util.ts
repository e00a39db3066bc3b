import * as Y from "yjs";
import { ProtocolError } from "./frames";

/**
 * True when `update` adds nothing to `doc`: no unknown structs and no deletion of anything not
 * already deleted. Step-2 replies always carry the sender's whole delete set, so without the
 * second half every read-only peer's reply would look like a write.
 *
 * Decoding proves the update well-formed before it reaches the doc. The common case — a
 * keystroke, i.e. a struct the room has not seen — is answered from the update's clock ranges
 * alone; only updates with nothing new (sync replies, deletions) pay for a full decode.
 */
export function isNoop(update: Uint8Array, doc: Y.Doc): boolean {
  try {
    const { to } = Y.parseUpdateMeta(update);
    for (const [client, clock] of to) if (clock > Y.getState(doc.store, client)) return false;
    const { ds } = Y.decodeUpdate(update);
    for (const [client, ranges] of ds.clients) {
      for (const { clock, len } of ranges) if (!alreadyDeleted(doc, client, clock, len)) return false;
    }
    return true;
  } catch (e) {
    throw new ProtocolError(`malformed update: ${(e as Error).message}`);
  }
}

function alreadyDeleted(doc: Y.Doc, client: number, clock: number, len: number): boolean {
  const structs = doc.store.clients.get(client);
  if (!structs || clock + len > Y.getState(doc.store, client)) return false;
  for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i].id.clock < clock + len; i++) {
    if (!structs[i].deleted) return false;
  }
  return true;
}
