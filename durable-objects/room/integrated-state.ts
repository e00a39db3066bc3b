/**
 * A doc's state as the room has integrated it, for a joiner's sync reply and for checkpoints.
 *
 * Y.encodeStateAsUpdate also merges in the doc's pending structs and deletions (writes held for a
 * missing dependency, which nobody else has been sent). When a pending struct claims an id the doc
 * has since integrated from another write (a bit flip in a client id or clock does that), the
 * merge keeps the pending one: a joiner then gets text nobody typed in place of text somebody did,
 * and a checkpoint would store that for good. The room's fuzz test found it: after 37 frames a late
 * joiner lacked "é😀" that the room and every peer had. Pending writes are the room's business
 * until they integrate; then their update is logged and sent like any other.
 */
import * as Y from "yjs";

export function encodeIntegrated(doc: Y.Doc, stateVector?: Uint8Array): Uint8Array {
  const { store } = doc;
  const { pendingStructs, pendingDs } = store;
  if (pendingStructs === null && pendingDs === null) return Y.encodeStateAsUpdate(doc, stateVector);
  store.pendingStructs = null;
  store.pendingDs = null;
  try {
    return Y.encodeStateAsUpdate(doc, stateVector);
  } finally {
    store.pendingStructs = pendingStructs;
    store.pendingDs = pendingDs;
  }
}
