/**
 * LF only, in CodeMirror. y-codemirror.next copies Y.Text indices straight into CodeMirror positions,
 * which is right only while both hold the same characters. By default CodeMirror splits lines at
 * `\r\n` and a lone `\r` as well as `\n`, and keeps no `\r`: each `\r` another client sent made its
 * document one character shorter than the Y.Text, and every later edit landed one place off (the
 * CRLF bug y-monaco had; collab.test.ts shows it).
 *
 * So the editor splits lines at `\n` only and keeps a `\r` as an ordinary character: the document is
 * the Y.Text, character for character, and a position is a Y index — nothing can shift. A `\r` is
 * not shown (replaced by nothing, and atomic, so the caret steps over it) until the Room removes it.
 * What this person inserts is LF before it reaches the document: a paste from Windows, a drop, an IME.
 */
import { EditorState, type ChangeSet, type ChangeSpec, type Extension } from "@codemirror/state";
import { Decoration, EditorView, MatchDecorator, ViewPlugin, type DecorationSet, type ViewUpdate } from "@codemirror/view";
import { ySyncAnnotation } from "y-codemirror.next";

/**
 * The edits, in positions after `changes`, that make everything it inserted LF, as `toLf` does:
 * `\r\n` becomes `\n`, a lone `\r` becomes `\n`.
 */
export function lfFixes(changes: ChangeSet): ChangeSpec[] {
  const fixes: ChangeSpec[] = [];
  changes.iterChanges((_fromA, _toA, fromB, _toB, inserted) => {
    const text = inserted.toString(); // lines joined by the state's separator, `\n`
    for (let i = text.indexOf("\r"); i !== -1; i = text.indexOf("\r", i + 1)) {
      fixes.push({ from: fromB + i, to: fromB + i + 1, insert: text[i + 1] === "\n" ? "" : "\n" });
    }
  });
  return fixes;
}

/** This person's edits reach the document LF. Remote ones (and undo) are the Y.Text's, as they are. */
const lfInput = EditorState.transactionFilter.of((tr) => {
  if (!tr.docChanged || tr.annotation(ySyncAnnotation)) return tr;
  const fixes = lfFixes(tr.changes);
  return fixes.length > 0 ? [tr, { changes: fixes, sequential: true }] : tr;
});

const crMatcher = new MatchDecorator({ regexp: /\r/g, decoration: () => Decoration.replace({}) });

/** Every `\r` drawn as nothing, and skipped over by the caret as one unit. */
const hideCr = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = crMatcher.createDeco(view);
    }
    update(update: ViewUpdate) {
      this.decorations = crMatcher.updateDeco(update, this.decorations);
    }
  },
  {
    decorations: (v) => v.decorations,
    provide: (plugin) => EditorView.atomicRanges.of((view) => view.plugin(plugin)?.decorations ?? Decoration.none),
  },
);

export const lfOnly: Extension = [EditorState.lineSeparator.of("\n"), lfInput, hideCr];
