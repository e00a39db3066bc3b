/**
 * Undo per person in CodeMirror, as in Monaco (../binding.ts): the buffer's one Y.UndoManager
 * (../undo.ts), which outlives this view and tracks only this participant's edits, so Ctrl+Z never
 * touches anyone else's text and finds its own wherever it now is. y-codemirror.next's plugin adds
 * the view's sync config to the manager's tracked origins and puts the selection back on undo; this
 * adds Monaco's step rules (../undo-steps.ts: a word, a paste, a run of deletions, ended by caret
 * moves) and the keys. The manager is the same one Monaco uses, so switching editors keeps the history.
 */
import { Prec, type Extension, type Transaction } from "@codemirror/state";
import { EditorView, keymap, ViewPlugin, type ViewUpdate } from "@codemirror/view";
import { ySyncAnnotation } from "y-codemirror.next";
import type * as Y from "yjs";
import { editKind, startsStep, type EditKind } from "../undo-steps";

/** The changes of a transaction as undo-steps.ts judges them. */
export function changesOf(tr: Transaction): { rangeLength: number; text: string }[] {
  const changes: { rangeLength: number; text: string }[] = [];
  tr.changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => changes.push({ rangeLength: toA - fromA, text: inserted.toString() }));
  return changes;
}

/**
 * Steps and keys for `um`. Must come before y-codemirror.next's sync plugin, so a step is ended
 * before the edit that starts the next one reaches the Y.Text.
 */
export function personalUndo(um: Y.UndoManager): Extension {
  let last: EditKind | null = null;
  const newStep = () => {
    um.stopCapturing();
    last = null;
  };
  const run = (kind: "undo" | "redo") => () => {
    newStep();
    um[kind]();
    newStep(); // the next edit must not merge into the step just undone or redone
    return true;
  };
  const steps = ViewPlugin.define(() => ({
    update(update: ViewUpdate) {
      for (const tr of update.transactions) {
        if (tr.annotation(ySyncAnnotation)) continue; // someone else's edit, or an undo: not a step of ours
        if (tr.docChanged) {
          const kind = editKind(changesOf(tr));
          if (startsStep(last, kind)) um.stopCapturing();
          last = kind;
        } else if (tr.selection && tr.isUserEvent("select")) {
          newStep(); // the person moved the caret
        }
      }
    },
  }));
  return [
    steps,
    Prec.highest(keymap.of([
      { key: "Mod-z", run: run("undo"), preventDefault: true },
      { key: "Mod-Shift-z", run: run("redo"), preventDefault: true },
      { key: "Mod-y", run: run("redo"), preventDefault: true },
    ])),
    // Undo and redo from a phone's own gestures or menus.
    Prec.highest(EditorView.domEventHandlers({
      beforeinput(e) {
        if (e.inputType === "historyUndo") return run("undo")();
        if (e.inputType === "historyRedo") return run("redo")();
        return false;
      },
    })),
  ];
}
