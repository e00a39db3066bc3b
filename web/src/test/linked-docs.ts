/**
 * Two participants' copies of a room's code doc for the editor tests: `doc` (in the editor under
 * test) and `peer` (a plain Yjs client), every update crossing at once, the peer having written
 * `initial` into `code:python`.
 */
import * as Y from "yjs";
import { codeText } from "../../../contracts/room-state";

export function linkedDocs(initial: string) {
  const doc = new Y.Doc();
  const peer = new Y.Doc();
  doc.on("update", (u: Uint8Array, origin: unknown) => origin !== "net" && Y.applyUpdate(peer, u, "net"));
  peer.on("update", (u: Uint8Array, origin: unknown) => origin !== "net" && Y.applyUpdate(doc, u, "net"));
  codeText(peer, "python").insert(0, initial);
  return { doc, peer, text: codeText(doc, "python"), peerText: codeText(peer, "python") };
}
