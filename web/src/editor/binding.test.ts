/**
 * The binding with a real Monaco model and editor (happy-dom): what the issue reported, reproduced
 * with y-monaco first, then the same steps through DuetBinding.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Awareness } from "y-protocols/awareness";
import * as Y from "yjs";
import { CURSOR_FIELD, CursorSchema } from "../../../contracts/cursor";
import { createEditor, ctrlEnd, redo, type, undo } from "../test/real-monaco";
import { linkedDocs } from "../test/linked-docs";
import { DuetBinding } from "./binding";
import { codeText } from "../../../contracts/room-state";

const STARTER = "line1\nline2\nline3\n";
let MonacoBinding: typeof import("y-monaco").MonacoBinding;
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

beforeAll(async () => {
  ({ MonacoBinding } = await import("y-monaco"));
}, 60_000);

/** Two participants: `doc` in the editor, `peer` a plain Yjs client; every update crosses at once. */
function room(initial: string) {
  const ed = createEditor();
  cleanups.push(ed.dispose);
  return { ...linkedDocs(initial), ...ed };
}

function bind(r: ReturnType<typeof room>, awareness: Awareness | null = null): DuetBinding {
  const b = new DuetBinding(r.text, r.model, r.editor, awareness);
  cleanups.push(() => b.destroy());
  return b;
}

describe("CRLF from another client", () => {
  it("y-monaco: each \\r puts later edits one place off (the reported bug)", () => {
    const r = room("");
    const b = new MonacoBinding(r.text, r.model, new Set([r.editor]));
    cleanups.push(() => b.destroy());
    r.peerText.insert(0, "\nalpha\r\nbeta\r\ngamma\n");
    r.editor.setPosition({ lineNumber: 4, column: 6 });
    type(r.editor, "X");
    expect(r.model.getValue()).toBe("\nalpha\nbeta\ngammaX\n");
    expect(r.text.toString()).toBe("\nalpha\r\nbeta\r\ngamXma\n"); // the editor and the document diverged
  });

  it("DuetBinding: the model is LF, every typed character lands where it was typed, on both sides", () => {
    const r = room("");
    bind(r);
    r.peerText.insert(0, "\nalpha\r\nbeta\r\ngamma\n");
    expect(r.model.getValue()).toBe("\nalpha\nbeta\ngamma\n");
    expect(r.model.getEOL()).toBe("\n");
    r.editor.setPosition({ lineNumber: 4, column: 6 });
    type(r.editor, "X");
    r.editor.setPosition({ lineNumber: 2, column: 6 });
    type(r.editor, "Y");
    expect(r.text.toString()).toBe("\nalphaY\r\nbeta\r\ngammaX\n");
    // The peer edits after the \r: it shows up in the model where the peer put it.
    r.peerText.insert(r.peerText.toString().indexOf("beta"), "Z");
    expect(r.model.getValue()).toBe("\nalphaY\nZbeta\ngammaX\n");
    // Deleting a CRLF line break from the editor deletes both characters.
    r.editor.setPosition({ lineNumber: 3, column: 1 });
    r.editor.trigger("keyboard", "deleteLeft", null);
    expect(r.text.toString()).toBe("\nalphaYZbeta\r\ngammaX\n");
    expect(r.model.getValue()).toBe("\nalphaYZbeta\ngammaX\n");
    // When the Room removes the \r (a forward edit), nothing moves in the editor.
    r.peerText.delete(r.peerText.toString().indexOf("\r"), 1);
    expect(r.model.getValue()).toBe("\nalphaYZbeta\ngammaX\n");
    expect(r.peerText.toString()).toBe(r.model.getValue());
  });

  it("pasted Windows line breaks go into the document as LF", () => {
    const r = room("");
    bind(r);
    r.editor.trigger("keyboard", "paste", { text: "a\r\nb\rc\n" });
    expect(r.text.toString()).toBe("a\nb\nc\n");
  });

  it("a model that held CRLF is made LF when bound", () => {
    const r = room("x\n");
    r.model.setValue("old\r\ntext");
    r.model.setEOL(1); // CRLF
    bind(r);
    expect(r.model.getEOL()).toBe("\n");
    expect(r.model.getValue()).toBe("x\n");
  });
});

describe("undo per person", () => {
  it("y-monaco + Monaco's own undo: deletes at the old offset after a remote insert above (the reported bug)", () => {
    const r = room(STARTER);
    const b = new MonacoBinding(r.text, r.model, new Set([r.editor]));
    cleanups.push(() => b.destroy());
    ctrlEnd(r.editor);
    type(r.editor, "CAND");
    r.peerText.insert(0, "IV-");
    undo(r.editor);
    expect(r.peerText.toString()).not.toBe(`IV-${STARTER}`);
  });

  it("undoes only this person's edit, wherever it now is; redo puts it back", () => {
    const r = room(STARTER);
    bind(r);
    ctrlEnd(r.editor);
    type(r.editor, "CAND");
    r.peerText.insert(0, "IV-");
    undo(r.editor);
    expect(r.peerText.toString()).toBe(`IV-${STARTER}`);
    expect(r.model.getValue()).toBe(`IV-${STARTER}`);
    expect(r.editor.getPosition()!.toString()).toBe("(4,1)"); // the caret where the undone text was
    redo(r.editor);
    expect(r.peerText.toString()).toBe(`IV-${STARTER}CAND`);
    expect(r.editor.getPosition()!.toString()).toBe("(4,5)");
    undo(r.editor);
    undo(r.editor); // nothing of ours left: the interviewer's text stays
    expect(r.peerText.toString()).toBe(`IV-${STARTER}`);
  });

  it("a word is one step, a paste is one step", () => {
    const r = room("");
    bind(r);
    type(r.editor, "hello world");
    r.editor.trigger("keyboard", "paste", { text: "(pasted)" });
    type(r.editor, "!");
    undo(r.editor);
    expect(r.text.toString()).toBe("hello world(pasted)");
    undo(r.editor);
    expect(r.text.toString()).toBe("hello world");
    undo(r.editor);
    expect(r.text.toString()).toBe("hello ");
    undo(r.editor);
    expect(r.text.toString()).toBe("");
  });

  it("outlives the binding: a language switch and back keeps the history and tracks the new binding", () => {
    const r = room(STARTER);
    const first = bind(r);
    ctrlEnd(r.editor);
    type(r.editor, "one ");
    first.destroy();
    // Another buffer in the same editor, then back: a new binding over the same Y.Text.
    const java = codeText(r.doc, "java");
    const other = new DuetBinding(java, r.model, r.editor);
    type(r.editor, "J");
    other.destroy();
    const second = bind(r);
    expect(second.undoManager).toBe(first.undoManager);
    expect(second.undoManager.trackedOrigins.has(first)).toBe(false);
    expect(r.model.getValue()).toBe(`${STARTER}one `);
    ctrlEnd(r.editor);
    type(r.editor, "two");
    r.peerText.insert(0, "IV-");
    undo(r.editor);
    expect(r.text.toString()).toBe(`IV-${STARTER}one `);
    undo(r.editor); // the step made through the first binding
    expect(r.text.toString()).toBe(`IV-${STARTER}`);
    expect(java.toString()).toBe("J"); // the other buffer's edit is its own buffer's history
  });

  it("after the binding is gone, Monaco's own undo is back on the model", () => {
    const r = room("");
    const b = bind(r);
    expect(Object.hasOwn(r.model, "undo")).toBe(true);
    b.destroy();
    expect(Object.hasOwn(r.model, "undo")).toBe(false);
  });
});

describe("the caret in awareness", () => {
  it("is published in the contract's field and shape, in Y.Text indices", () => {
    const r = room("ab\r\ncd");
    const awareness = new Awareness(r.doc);
    cleanups.push(() => awareness.destroy());
    bind(r, awareness);
    r.editor.setPosition({ lineNumber: 2, column: 2 }); // after "c": model offset 4, Y index 5
    const cursor = CursorSchema.parse(awareness.getLocalState()![CURSOR_FIELD]);
    const head = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cursor.head), r.doc);
    expect(head!.index).toBe(5);
  });
});
