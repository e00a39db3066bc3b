import * as Y from "yjs";
import { ProtocolError } from "./frames";

/**
 * True when `update` adds nothing to `doc`: no unknown structs and no deletion of anything not
 * already deleted. Step-2 replies always carry the sender's whole delete set, so without the
 * second half every read-only peer's reply would look like a write.
 * Decoding also proves the update well-formed before it can reach the doc (applyUpdate may half-apply).
 */
export function isNoop(update: Uint8Array, doc: Y.Doc): boolean {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    Y.decodeUpdate(update);
    decoded = Y.decodeUpdate(Y.diffUpdate(update, Y.encodeStateVector(doc)));
  } catch (e) {
    throw new ProtocolError(`malformed update: ${(e as Error).message}`);
  }
  if (decoded.structs.length > 0) return false;
  for (const [client, ranges] of decoded.ds.clients) {
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
