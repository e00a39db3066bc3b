/**
 * The touch editor's binding with a real CodeMirror view (happy-dom) and a second Yjs client:
 * what y-codemirror.next does with a `\r` as shipped, then the same steps through duetCollab —
 * LF only with nothing shifted, undo of one's own edits only, and the contract's caret field.
 */
import { EditorState, type Extension } from "@codemirror/state";
import { EditorView, runScopeHandlers } from "@codemirror/view";
import { afterEach, describe, expect, it } from "vitest";
import { yCollab } from "y-codemirror.next";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { CURSOR_FIELD, CursorSchema, cursorPosition } from "../../../../contracts/cursor";
import { linkedDocs } from "../../test/linked-docs";
import { caretOf, remoteCarets } from "./carets";
import { duetCollab } from "./collab";

const STARTER = "line1\nline2\nline3\n";
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).reverse().forEach((f) => f()));

/** Two participants (linked-docs.ts), each with awareness. */
function room(initial: string) {
  const docs = linkedDocs(initial);
  const awareness = new Awareness(docs.doc);
  const peerAwareness = new Awareness(docs.peer);
  cleanups.push(() => (awareness.destroy(), peerAwareness.destroy()));
  return { ...docs, awareness, peerAwareness };
}

function editor(text: Y.Text, extensions: Extension): EditorView {
  const parent = document.body.appendChild(document.createElement("div"));
  const view = new EditorView({ parent, state: EditorState.create({ doc: text.toString(), extensions }) });
  cleanups.push(() => (view.destroy(), parent.remove()));
  return view;
}

const bind = (r: ReturnType<typeof room>) => editor(r.text, duetCollab(r.text, r.awareness));

/** Typing, one key a transaction, as CodeMirror's input handling dispatches it. */
function type(view: EditorView, keys: string) {
  for (const ch of keys) view.dispatch({ ...view.state.replaceSelection(ch), userEvent: "input.type" });
}
const moveTo = (view: EditorView, pos: number) => view.dispatch({ selection: { anchor: pos }, userEvent: "select" });
function press(view: EditorView, key: string, mods: { shift?: boolean } = {}) {
  const keyCode = key.toUpperCase().charCodeAt(0); // what a browser sends; CodeMirror reads Ctrl+Shift+letter by it
  const event = new KeyboardEvent("keydown", { key: mods.shift ? key.toUpperCase() : key, keyCode, ctrlKey: true, shiftKey: !!mods.shift, bubbles: true, cancelable: true });
  return runScopeHandlers(view, event, "editor");
}
const lineEnd = (view: EditorView, n: number) => view.state.doc.line(n).to;

describe("CRLF from another client", () => {
  it("y-codemirror.next as shipped: each \\r makes the editor one character short, and later edits land off (why lf.ts exists)", () => {
    const r = room("start\n");
    const view = editor(r.text, yCollab(r.text, null, { undoManager: false }));
    r.peerText.insert(r.peerText.length, "alpha\r\nbeta\r\ngamma\n");
    expect(view.state.doc.length).toBe(r.text.length - 2);
    moveTo(view, lineEnd(view, 4)); // the end of "gamma"
    type(view, "!");
    expect(r.text.toString()).not.toContain("gamma!");
  });

  it("the document is the Y.Text character for character: typing after CRLF lines lands where typed; the \\r is not drawn", () => {
    const r = room("start\n");
    const view = bind(r);
    r.peerText.insert(r.peerText.length, "alpha\r\nbeta\r\ngamma\nx\ry\n");
    expect(view.state.doc.toString()).toBe(r.text.toString());
    expect(view.state.doc.lines).toBe(6); // "x\ry" is one line, as Monaco shows it ("xy")
    moveTo(view, lineEnd(view, 4));
    type(view, "-cd");
    moveTo(view, view.state.doc.line(2).from + 5); // after "alpha", before its \r
    type(view, "!");
    expect(r.text.toString().replace(/\r/g, "")).toBe("start\nalpha!\nbeta\ngamma-cd\nxy\n");
    expect(r.peerText.toString()).toBe(r.text.toString());
    expect(view.contentDOM.textContent).not.toContain("\r");
  });

  it("a forward edit removing every \\r (the Room's) moves nothing", () => {
    const r = room("a\r\nb\r\n");
    const view = bind(r);
    moveTo(view, lineEnd(view, 2)); // after "b\r"
    r.peer.transact(() => {
      const s = r.peerText.toString();
      for (let i = s.lastIndexOf("\r"); i !== -1; i = s.lastIndexOf("\r", i - 1)) r.peerText.delete(i, 1);
    });
    expect(view.state.doc.toString()).toBe("a\nb\n");
    type(view, "c");
    expect(r.peerText.toString()).toBe("a\nbc\n");
  });

  it("what this person inserts reaches the Y.Text as LF: a Windows paste, a lone \\r", () => {
    const r = room("");
    const view = bind(r);
    view.dispatch({ ...view.state.replaceSelection("one\r\ntwo\rthree\r\n"), userEvent: "input.paste" });
    expect(r.peerText.toString()).toBe("one\ntwo\nthree\n");
    expect(view.state.selection.main.head).toBe(view.state.doc.length);
  });
});

describe("undo is per person", () => {
  it("Ctrl+Z after someone typed above removes only our edit; Ctrl+Shift+Z and Ctrl+Y redo", () => {
    const r = room(STARTER);
    const view = bind(r);
    moveTo(view, view.state.doc.length);
    type(view, "CAND");
    r.peerText.insert(0, "IV-");
    const both = `IV-${STARTER}CAND`;
    expect(view.state.doc.toString()).toBe(both);
    expect(press(view, "z")).toBe(true);
    expect(r.peerText.toString()).toBe(`IV-${STARTER}`);
    expect(view.state.doc.toString()).toBe(`IV-${STARTER}`);
    press(view, "z", { shift: true });
    expect(r.peerText.toString()).toBe(both);
    press(view, "z");
    press(view, "y");
    expect(r.peerText.toString()).toBe(both);
    for (let i = 0; i < 3; i++) press(view, "z"); // nothing of the peer's is ours to undo
    expect(r.peerText.toString()).toBe(`IV-${STARTER}`);
  });

  it("steps as Monaco's: a word with its space, then the next word; a caret move ends a step", () => {
    const r = room("");
    const view = bind(r);
    type(view, "hello world");
    press(view, "z");
    expect(r.text.toString()).toBe("hello ");
    press(view, "z");
    expect(r.text.toString()).toBe("");
    type(view, "ab");
    moveTo(view, 1);
    type(view, "X");
    press(view, "z");
    expect(r.text.toString()).toBe("ab");
  });

  it("the history outlives the view: a new view of the buffer (a language switch, a reset) undoes the old one's edits", () => {
    const r = room(STARTER);
    const first = bind(r);
    moveTo(first, 0);
    type(first, "mine ");
    first.destroy();
    const second = bind(r);
    press(second, "z");
    expect(r.peerText.toString()).toBe(STARTER);
  });
});

describe("the caret in awareness (contracts/cursor.ts)", () => {
  it("is published in the contract's field, full shape, as Y positions that resolve at the peer where the caret is (after a \\r too)", () => {
    const r = room("alpha\r\nbeta\n");
    const view = bind(r);
    view.dispatch({ selection: { anchor: 2, head: 9 }, userEvent: "select" });
    const state = r.awareness.getLocalState() as Record<string, unknown>;
    expect(state.cursor).toBeUndefined(); // not y-codemirror's own field
    const caret = CursorSchema.parse(state[CURSOR_FIELD]);
    const at = (p: unknown) => Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(p), r.peer)!.index;
    expect([at(caret.anchor), at(caret.head)]).toEqual([2, 9]);
    expect(r.peerText.toString().slice(2, 9)).toBe("pha\r\nbe");
    expect(caretOf(view.state, r.text)).toEqual(caret);
  });

  it("everyone else's caret is read from the same field, with names and colours; a foreign or broken one is skipped", () => {
    const r = room("line1\nline2\n");
    bind(r);
    const rel = (i: number) => cursorPosition(Y.createRelativePositionFromTypeIndex(r.peerText, i));
    r.peerAwareness.setLocalState({ user: { userId: "u-iv", name: "Ivy", role: "interviewer" }, joinedAt: 1, [CURSOR_FIELD]: { anchor: rel(6), head: rel(9) } });
    const third = new Awareness(new Y.Doc());
    cleanups.push(() => third.destroy());
    third.setLocalState({ user: { userId: "u-x", name: "X", role: "candidate" }, [CURSOR_FIELD]: { anchor: { type: null, tname: "elsewhere", item: null, assoc: 0 }, head: { broken: true } } });
    for (const a of [r.peerAwareness, third]) applyAwarenessUpdate(r.awareness, encodeAwarenessUpdate(a, [a.clientID]), "net");
    const carets = remoteCarets(r.awareness, r.text, r.text.length);
    expect(carets).toEqual([{ clientId: r.peer.clientID, anchor: 6, head: 9, name: "Ivy", color: expect.stringMatching(/^#[0-9a-f]{6}$/) }]);
    expect(r.doc.share.has("elsewhere")).toBe(false);
    r.peerText.insert(0, "# top\n");
    expect(remoteCarets(r.awareness, r.text, r.text.length)[0]).toMatchObject({ anchor: 12, head: 15 });
  });
});
