/**
 * A peer's malformed caret cannot break anyone else's editor: awareness frames go through
 * cleanAwarenessUpdate (as provider.ts applies them) into a real Awareness watched by the real
 * y-monaco binding, over a stand-in for Monaco's model and editor. Without the guard the same
 * states throw inside y-monaco's render; with it, the well-formed peer's caret is still drawn.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { MESSAGE_AWARENESS } from "../../../contracts/wire";
import { cleanAwarenessUpdate, cleanPosition } from "./awareness-guard";
import { createProvider } from "./provider";
import { codeKey, codeText } from "../../../contracts/room-state";

vi.mock("monaco-editor/esm/vs/editor/editor.api.js", () => {
  class Range {
    constructor(readonly startLineNumber: number, readonly startColumn: number, readonly endLineNumber: number, readonly endColumn: number) {}
  }
  return { Range, Selection: Range, SelectionDirection: { LTR: 0, RTL: 1 } };
});
const { MonacoBinding } = await import("y-monaco");

/** Monaco's single-line model and one editor, as much of them as y-monaco touches. */
function fakeEditor(text: string) {
  const noop = { dispose() {} };
  const model = {
    value: text,
    getValue: () => model.value,
    setValue: (v: string) => void (model.value = v),
    getPositionAt: (offset: number) => ({ lineNumber: 1, column: offset + 1 }),
    getOffsetAt: (p: { column: number }) => p.column - 1,
    applyEdits: () => {},
    onDidChangeContent: () => noop,
    onWillDispose: () => noop,
  };
  const decorations: { options: { className: string } }[][] = [];
  const editor = {
    getModel: () => model,
    getSelection: () => null,
    setSelection: () => {},
    onDidChangeCursorSelection: () => noop,
    deltaDecorations: (_old: string[], next: { options: { className: string } }[]) => (decorations.push(next), next.map((_, i) => `d${i}`)),
  };
  return { model, editor, decorations };
}

let doc: Y.Doc;
let text: Y.Text;
let local: Awareness;
let peerDoc: Y.Doc;
const peer = () => new Awareness(peerDoc);

beforeEach(() => {
  doc = new Y.Doc();
  text = codeText(doc, "python");
  text.insert(0, "print('hello')\n");
  local = new Awareness(doc);
  peerDoc = new Y.Doc();
  Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(doc));
});

/** What one more peer's state looks like on the wire (a client id of its own). */
function frameOf(state: unknown): Uint8Array {
  const a = new Awareness(new Y.Doc());
  a.setLocalState(state as Record<string, unknown>);
  return encodeAwarenessUpdate(a, [a.clientID]);
}

const pos = (i: number) => JSON.parse(JSON.stringify(Y.createRelativePositionFromTypeIndex(codeText(peerDoc, "python"), i)));
const user = { userId: "u", name: "Ada", role: "candidate", color: "#123456" };

/** Built per test: positions refer to that test's docs. */
const malformed = (): unknown[] => [
  { user, selection: 1 },
  { user, selection: { anchor: "x", head: "y" } },
  { user, selection: { anchor: {}, head: {} } },
  { user, selection: { anchor: { item: { client: "a", clock: 1 } }, head: pos(0) } },
  { user, selection: { anchor: { item: { client: peerDoc.clientID, clock: -1 } }, head: pos(0) } },
  { user, selection: { anchor: { item: { client: 1e300, clock: 0.5 } }, head: pos(0) } },
  { user, selection: { anchor: { tname: "not-a-buffer" }, head: pos(0) } },
  { user, selection: { anchor: pos(1), head: { type: { client: 7, clock: "x" } } } },
  { user: { name: 5, role: "wizard" }, selection: { anchor: { assoc: "left", item: pos(2).item }, head: pos(2) } },
  { user, cursor: { anchor: null, head: [] } },
];

describe("remote awareness states", () => {
  it("malformed carets throw inside y-monaco when applied as they come", () => {
    const { model, editor } = fakeEditor(text.toString());
    new MonacoBinding(text, model as never, new Set([editor]) as never, local);
    expect(() => applyAwarenessUpdate(local, frameOf({ user, selection: { anchor: "x", head: "y" } }), "remote")).toThrow();
    // Even Yjs's own JSON form: it leaves out null fields, and y-monaco reads `item: undefined` as set.
    const yjsJson = { anchor: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 0)), head: { tname: codeKey("python") } };
    expect(() => applyAwarenessUpdate(local, frameOf({ user, selection: yjsJson }), "remote")).toThrow();
  });

  it("cleaned, they drop only the bad field, and everyone else's caret still renders", () => {
    const { model, editor, decorations } = fakeEditor(text.toString());
    const binding = new MonacoBinding(text, model as never, new Set([editor]) as never, local);
    const good = peer();
    good.setLocalState({ user, selection: { anchor: pos(0), head: pos(5) }, extra: { kept: true } });
    applyAwarenessUpdate(local, cleanAwarenessUpdate(encodeAwarenessUpdate(good, [good.clientID]), doc)!, "remote");
    const bad = malformed();
    for (const state of bad) {
      const cleaned = cleanAwarenessUpdate(frameOf(state), doc);
      expect(() => applyAwarenessUpdate(local, cleaned!, "remote")).not.toThrow();
    }
    expect(decorations.at(-1)!.map((d) => d.options.className)).toEqual([`yRemoteSelection yRemoteSelection-${good.clientID}`]);
    expect(local.getStates().get(good.clientID)).toMatchObject({ user, extra: { kept: true } });
    const states = [...local.getStates().values()];
    expect(states.filter((s) => "selection" in s || "cursor" in s)).toHaveLength(1);
    expect(states.filter((s) => "user" in s)).toHaveLength(bad.length); // the bad `user` alone went
    binding.destroy();
  });

  it("keeps positions written without nulls (Y.relativePositionToJSON) and ones not synced yet", () => {
    const json = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, 3));
    expect(json).not.toHaveProperty("type");
    expect(cleanPosition(json, doc)).toEqual({ type: null, tname: codeKey("python"), item: { ...json.item }, assoc: 0 });
    const ahead = { type: null, tname: null, item: { client: 424242, clock: 99 }, assoc: 0 };
    expect(cleanPosition(ahead, doc)).toEqual(ahead); // drawn once that edit arrives
    expect(cleanPosition({ tname: codeKey("python") }, doc)).toEqual({ type: null, tname: codeKey("python"), item: null, assoc: 0 });
  });

  it("keeps a caret in a code buffer this page has not opened yet (a late joiner's), without creating it; other unknown names are dropped", () => {
    const fresh = new Y.Doc();
    const inJava = { type: null, tname: codeKey("java"), item: { client: 7, clock: 3 }, assoc: 0 };
    expect(cleanPosition(inJava, fresh)).toEqual(inJava);
    expect(fresh.share.has(codeKey("java"))).toBe(false);
    expect(cleanPosition({ ...inJava, tname: "__proto__" }, fresh)).toBeNull();
    expect(cleanPosition({ ...inJava, tname: "meta" }, fresh)).toBeNull();
    expect(fresh.share.size).toBe(0);
  });

  it("ignores frames that do not decode and states that are not JSON", () => {
    const frame = frameOf({ user });
    expect(cleanAwarenessUpdate(frame.subarray(0, frame.length - 3), doc)).toBeNull();
    const broken = frameOf({ user });
    broken[broken.length - 1] = "{".charCodeAt(0); // the JSON now ends in "{"
    const cleaned = cleanAwarenessUpdate(broken, doc)!;
    expect(() => applyAwarenessUpdate(local, cleaned, "remote")).not.toThrow();
    expect(local.getStates().size).toBe(1); // only our own
  });

  it("the room's provider cleans every awareness frame before applying it", () => {
    const provider = createProvider("room", "code", doc, "token", {}, "http://127.0.0.1:1");
    const frame = frameOf({ user, selection: { anchor: "x", head: "y" } });
    const handler = (provider as unknown as { messageHandlers: ((...a: unknown[]) => void)[] }).messageHandlers[MESSAGE_AWARENESS];
    const message = encoding.encode((e) => encoding.writeVarUint8Array(e, frame));
    handler(encoding.createEncoder(), decoding.createDecoder(message), provider, false, MESSAGE_AWARENESS);
    const states = [...provider.awareness.getStates().values()];
    expect(states.filter((s) => "user" in s)).toHaveLength(1);
    expect(states.filter((s) => "selection" in s)).toHaveLength(0);
    provider.destroy();
  });
});
