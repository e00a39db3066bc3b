/**
 * CodeMirror ⇄ Y.Text for the touch editor, with the desktop editor's rules (../binding.ts):
 * y-codemirror.next's sync (incremental edits both ways, its transactions' origin being the view's
 * sync config) over a document that is the Y.Text character for character (lf.ts: LF in, `\r` never
 * shifts anything); undo per person with the buffer's shared Y.UndoManager (undo.ts); our caret in
 * the contract's awareness field and everyone else's drawn from it (carets.ts, caret-layer.ts).
 * y-codemirror.next's own caret plugin is left out: it publishes and reads a `cursor` field Monaco
 * never sees.
 */
import type { Extension } from "@codemirror/state";
import { ViewPlugin } from "@codemirror/view";
import { yCollab } from "y-codemirror.next";
import type { Awareness } from "y-protocols/awareness";
import type * as Y from "yjs";
import { undoManagerFor } from "../undo";
import { remoteCaretLayer } from "./caret-layer";
import { publishCaret } from "./carets";
import { lfOnly } from "./lf";
import { personalUndo } from "./undo";

/** Publishes our caret when we move it or edit (a remote edit leaves a relative position as it is). */
function caretPublisher(ytext: Y.Text, awareness: Awareness): Extension {
  return ViewPlugin.define((view) => {
    publishCaret(awareness, view.state, ytext);
    return {
      update(u) {
        if (u.selectionSet || (u.docChanged && u.transactions.some((tr) => tr.isUserEvent("input") || tr.isUserEvent("delete")))) {
          publishCaret(awareness, u.state, ytext);
        }
      },
    };
  });
}

/** The binding's extensions, for one view of `ytext`. */
export function duetCollab(ytext: Y.Text, awareness: Awareness): Extension {
  return [
    lfOnly,
    personalUndo(undoManagerFor(ytext)), // before the sync plugin: it ends a step before the edit reaches Y
    yCollab(ytext, null, { undoManager: undoManagerFor(ytext) }),
    caretPublisher(ytext, awareness),
    remoteCaretLayer(ytext, awareness),
  ];
}
