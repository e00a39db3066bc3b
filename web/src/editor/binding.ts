/**
 * Monaco ⇄ Y.Text, what y-monaco's MonacoBinding does, with three things it cannot do:
 *
 * - **LF always.** The model's EOL is forced to LF and the model shows the Y.Text without `\r`;
 *   every offset goes through lf.ts, so a `\r` another client sent can never shift an edit
 *   (y-monaco equates model offsets and Y indices; each `\r` put later edits one place off).
 * - **Undo per person.** Monaco's own undo stack knows nothing of remote edits: after someone typed
 *   above you it undid at the old offsets. `model.undo/redo` (which Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y,
 *   the context menu and the `undo`/`redo` commands all call) go to the buffer's Y.UndoManager,
 *   which tracks this binding's transactions only (undo.ts, undo-steps.ts).
 * - **No leaks.** y-monaco never disposes its selection listener, so each rebinding added one.
 *
 * Remote carets are drawn elsewhere (remote-cursors.ts); this publishes ours in the contract's field.
 * Transactions from the editor carry the binding itself as origin, as y-monaco's do.
 */
import { createMutex } from "lib0/mutex";
import type { editor as Monaco, IDisposable } from "monaco-editor/esm/vs/editor/editor.api.js";
import type { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { CURSOR_FIELD, cursorPosition } from "../../../contracts/cursor";
import { lfView, modelEdits, modelOffset, toLf, yIndex } from "./lf";
import { undoManagerFor } from "./undo";
import { editKind, startsStep, type EditKind } from "./undo-steps";

const EOL_LF = 0; // monaco.editor.EndOfLineSequence.LF
const EXPLICIT = 3; // monaco.editor.CursorChangeReason.Explicit: the user moved the caret

interface RelSel { anchor: Y.RelativePosition; head: Y.RelativePosition }
type Undoable = { undo(): unknown; redo(): unknown };

export class DuetBinding {
  readonly doc: Y.Doc;
  readonly undoManager: Y.UndoManager;
  /** The Y.Text's content as the model mirrors it (with any `\r`). */
  #y: string;
  #mux = createMutex();
  #saved: RelSel | null = null;
  #lastKind: EditKind | null = null;
  #disposables: IDisposable[] = [];
  #undo: Undoable;

  constructor(readonly ytext: Y.Text, readonly model: Monaco.ITextModel, readonly editor: Monaco.ICodeEditor | null = null, readonly awareness: Awareness | null = null) {
    this.doc = ytext.doc!;
    this.undoManager = undoManagerFor(ytext);
    this.undoManager.addTrackedOrigin(this);
    model.setEOL(EOL_LF);
    this.#y = ytext.toString();
    if (model.getValue() !== lfView(this.#y)) model.setValue(lfView(this.#y));

    ytext.observe(this.#onY);
    this.doc.on("beforeAllTransactions", this.#beforeTransaction);
    this.#disposables.push(model.onDidChangeContent(this.#onModel), model.onWillDispose(() => this.destroy()));
    if (editor) {
      this.#disposables.push(editor.onDidChangeCursorSelection((e) => {
        if (editor.getModel() !== model) return;
        if (e.reason === EXPLICIT) this.#newStep();
        this.#publish();
      }));
    }
    this.#undo = { undo: () => this.#undoRedo("undo"), redo: () => this.#undoRedo("redo") };
    Object.assign(model, this.#undo);
    this.#publish();
  }

  destroy(): void {
    for (const d of this.#disposables.splice(0)) d.dispose();
    this.ytext.unobserve(this.#onY);
    this.doc.off("beforeAllTransactions", this.#beforeTransaction);
    this.undoManager.removeTrackedOrigin(this);
    const m = this.model as unknown as Undoable;
    // Back to Monaco's own methods, unless a newer binding has put its own in place.
    if (m.undo === this.#undo.undo) delete (m as Partial<Undoable>).undo;
    if (m.redo === this.#undo.redo) delete (m as Partial<Undoable>).redo;
  }

  /** The model offset of a Y.Text index (remote carets use it). */
  toModel(index: number): number {
    return modelOffset(this.#y, index);
  }

  /** The Y.Text index of a model offset. */
  toY(offset: number): number {
    return yIndex(this.#y, offset);
  }

  #newStep(): void {
    this.undoManager.stopCapturing();
    this.#lastKind = null;
  }

  #undoRedo(kind: "undo" | "redo"): void {
    this.#newStep();
    this.undoManager[kind]();
    this.#newStep(); // the next edit must not merge into the step just undone or redone
  }

  #relSel(): RelSel | null {
    const sel = this.editor?.getModel() === this.model ? this.editor.getSelection() : null;
    if (!sel) return null;
    const rel = (line: number, column: number) =>
      Y.createRelativePositionFromTypeIndex(this.ytext, this.toY(this.model.getOffsetAt({ lineNumber: line, column })));
    return { anchor: rel(sel.selectionStartLineNumber, sel.selectionStartColumn), head: rel(sel.positionLineNumber, sel.positionColumn) };
  }

  #publish(): void {
    const sel = this.awareness && this.#relSel();
    if (sel) this.awareness!.setLocalStateField(CURSOR_FIELD, { anchor: cursorPosition(sel.anchor), head: cursorPosition(sel.head) });
  }

  /** Before someone else's change: remember our selection as positions in the Y.Text. */
  #beforeTransaction = () => this.#mux(() => void (this.#saved = this.#relSel()));

  #onY = (event: Y.YTextEvent, tr: Y.Transaction) => {
    this.#mux(() => {
      const edits = modelEdits(this.#y, event.delta as never);
      this.#y = this.ytext.toString();
      this.model.applyEdits(edits.map(({ offset, length, text }) => {
        const start = this.model.getPositionAt(offset);
        const end = this.model.getPositionAt(offset + length);
        return { range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }, text };
      }));
      // Belt and braces: should the model ever differ from the Y.Text, the Y.Text wins.
      const view = lfView(this.#y);
      if (this.model.getValueLength() !== view.length) this.model.setValue(view);
      if (tr.origin === this.undoManager && edits.length > 0) this.#caretAfterUndo(edits[0].offset + edits[0].text.length);
      else this.#restoreSelection();
    });
    this.#y = this.ytext.toString();
  };

  #restoreSelection(): void {
    const saved = this.#saved;
    if (!saved || this.editor?.getModel() !== this.model) return;
    const abs = (p: Y.RelativePosition) => Y.createAbsolutePositionFromRelativePosition(p, this.doc);
    const anchor = abs(saved.anchor);
    const head = abs(saved.head);
    if (!anchor || !head || anchor.type !== this.ytext || head.type !== this.ytext) return;
    const a = this.model.getPositionAt(this.toModel(anchor.index));
    const h = this.model.getPositionAt(this.toModel(head.index));
    this.editor.setSelection({ selectionStartLineNumber: a.lineNumber, selectionStartColumn: a.column, positionLineNumber: h.lineNumber, positionColumn: h.column });
  }

  /** After an undo or redo the caret goes where the text changed, as in Monaco. */
  #caretAfterUndo(offset: number): void {
    if (this.editor?.getModel() !== this.model) return;
    const pos = this.model.getPositionAt(offset);
    this.editor.setPosition(pos);
    this.editor.revealPositionInCenterIfOutsideViewport(pos);
  }

  #onModel = (e: Monaco.IModelContentChangedEvent) => {
    this.#mux(() => {
      const kind = editKind(e.changes);
      if (startsStep(this.#lastKind, kind)) this.undoManager.stopCapturing();
      this.#lastKind = kind;
      const before = this.#y;
      this.doc.transact(() => {
        // Right to left, so each change's offsets still hold in `before`.
        for (const c of [...e.changes].sort((a, b) => b.rangeOffset - a.rangeOffset)) {
          const from = yIndex(before, c.rangeOffset);
          const to = c.rangeLength > 0 ? yIndex(before, c.rangeOffset + c.rangeLength) : from;
          if (to > from) this.ytext.delete(from, to - from);
          const text = toLf(c.text);
          if (text) this.ytext.insert(from, text);
        }
      }, this);
    });
  };
}
