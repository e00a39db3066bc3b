/**
 * The caret in awareness, for CodeMirror: the one field every Duet editor publishes and reads
 * (contracts/cursor.ts: `selection`, {anchor, head} as Yjs relative positions in full shape) — not
 * y-codemirror.next's own `cursor` field, which Monaco clients would never see. A position in this
 * editor is a Y.Text index (lf.ts keeps the two equal), so nothing is translated.
 */
import type { EditorState } from "@codemirror/state";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { CURSOR_FIELD, cursorPosition, type Cursor } from "../../../../contracts/cursor";
import { cursorColors } from "../../room/cursor-colors";

/** Our selection as the contract's caret. */
export function caretOf(state: EditorState, ytext: Y.Text): Cursor {
  const { anchor, head } = state.selection.main;
  const rel = (index: number) => cursorPosition(Y.createRelativePositionFromTypeIndex(ytext, Math.min(index, ytext.length)));
  return { anchor: rel(anchor), head: rel(head) };
}

/** Sets our caret in awareness when it changed (awareness sends every change to everyone). */
export function publishCaret(awareness: Awareness, state: EditorState, ytext: Y.Text): void {
  const caret = caretOf(state, ytext);
  const current = (awareness.getLocalState() as Record<string, unknown> | null)?.[CURSOR_FIELD];
  if (JSON.stringify(current) !== JSON.stringify(caret)) awareness.setLocalStateField(CURSOR_FIELD, caret);
}

export interface RemoteCaret { clientId: number; anchor: number; head: number; name: string; color: string }

/** A Y index from a peer's relative position, or null when it is not in `ytext` (or not here yet). */
function resolve(p: unknown, ytext: Y.Text): number | null {
  const doc = ytext.doc!;
  // Resolving a root-type name this doc lacks would create that type here.
  const tname = (p as { tname?: unknown } | null)?.tname;
  if (tname != null && (typeof tname !== "string" || !doc.share.has(tname))) return null;
  try {
    const abs = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(p), doc);
    return abs && abs.type === ytext ? abs.index : null;
  } catch {
    return null; // the awareness guard cleans carets; this is the last line
  }
}

/** Everyone else's caret in this buffer, with their name and colour (cursor-colors.ts), by client id. */
export function remoteCarets(awareness: Awareness, ytext: Y.Text, docLength: number): RemoteCaret[] {
  const colors = cursorColors(awareness);
  const carets: RemoteCaret[] = [];
  awareness.getStates().forEach((state, clientId) => {
    if (clientId === awareness.clientID) return;
    const sel = (state as Record<string, unknown>)[CURSOR_FIELD] as { anchor?: unknown; head?: unknown } | null | undefined;
    if (!sel?.anchor || !sel.head) return;
    const anchor = resolve(sel.anchor, ytext);
    const head = resolve(sel.head, ytext);
    if (anchor === null || head === null) return;
    const name = (state as { user?: { name?: unknown } }).user?.name;
    carets.push({
      clientId,
      anchor: Math.min(anchor, docLength),
      head: Math.min(head, docLength),
      name: typeof name === "string" ? name : "",
      color: colors.get(clientId)!,
    });
  });
  return carets.sort((a, b) => a.clientId - b.clientId);
}
