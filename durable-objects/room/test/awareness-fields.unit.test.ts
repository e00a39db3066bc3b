import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { CursorSchema } from "../../../contracts/cursor";
import { stampIdentity } from "../awareness";
import { CARET_FIELDS, cleanCarets, readRelativePosition } from "../awareness-fields";

const identity = { userId: "u-1", name: "Ann", role: "candidate" as const, color: "#aabbcc" };

/** A doc with some text, and positions in it as each binding writes them. */
function editor() {
  const doc = new Y.Doc();
  const text = doc.getText("code:python");
  text.insert(0, "def solve():\n    pass\n");
  const monaco = (i: number) => JSON.parse(JSON.stringify(Y.createRelativePositionFromTypeIndex(text, i))); // the object itself
  const codemirror = (i: number) => Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, i)); // nulls left out
  return { doc, monaco, codemirror };
}

/** What y-monaco does with a peer's state: the parsed JSON straight into Yjs. */
function renderLikeYMonaco(state: Record<string, unknown>, doc: Y.Doc): void {
  const sel = state.selection as { anchor?: unknown; head?: unknown } | null | undefined;
  if (sel != null && sel.anchor != null && sel.head != null) {
    Y.createAbsolutePositionFromRelativePosition(sel.anchor as Y.RelativePosition, doc);
    Y.createAbsolutePositionFromRelativePosition(sel.head as Y.RelativePosition, doc);
  }
}

/** What y-codemirror does: createRelativePositionFromJSON, then an absolute position. */
function renderLikeYCodemirror(state: Record<string, unknown>, doc: Y.Doc): void {
  const cur = state.cursor as { anchor?: unknown; head?: unknown } | null | undefined;
  if (cur != null && cur.anchor != null && cur.head != null) {
    Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cur.anchor), doc);
    Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(cur.head), doc);
  }
}

describe("awareness fields", () => {
  it("y-monaco selections and y-codemirror cursors pass, in Yjs's full shape, and still resolve", () => {
    const { doc, monaco, codemirror } = editor();
    const state: Record<string, unknown> = {
      selection: { anchor: monaco(4), head: monaco(9) },
      cursor: { anchor: codemirror(22), head: codemirror(3) },
      user: { name: "x" },
    };
    cleanCarets(state);
    expect(state.selection).toEqual({ anchor: monaco(4), head: monaco(9) });
    expect(CursorSchema.safeParse(state.cursor).success).toBe(true); // the contract's full shape
    expect((state.cursor as { anchor: unknown }).anchor).toEqual({ ...monaco(22) });
    const abs = Y.createAbsolutePositionFromRelativePosition((state.selection as { head: Y.RelativePosition }).head, doc);
    expect(abs?.index).toBe(9);
    renderLikeYMonaco(state, doc);
    renderLikeYCodemirror(state, doc);
  });

  it("a bad caret is dropped and the rest of the state kept; null carets and unknown fields pass", () => {
    const { monaco } = editor();
    const good = { anchor: monaco(1), head: monaco(2) };
    const bad = [
      5, "x", [], { anchor: monaco(1) }, { anchor: monaco(1), head: 3 }, { anchor: {}, head: {} },
      { anchor: { item: { client: "1", clock: 0 } }, head: monaco(1) }, { anchor: { item: { client: -1, clock: 0 } }, head: monaco(1) },
      { anchor: { tname: 5 }, head: monaco(1) }, { anchor: { tname: "t", assoc: "left" }, head: monaco(1) },
      { anchor: { type: { client: 1 } }, head: monaco(1) }, { anchor: { tname: "t", item: { client: 1.5, clock: 0 } }, head: monaco(1) },
    ];
    for (const caret of bad) {
      for (const field of CARET_FIELDS) {
        const state: Record<string, unknown> = { [field]: caret, typing: true, other: { selection: 5 } };
        cleanCarets(state);
        expect(state, JSON.stringify(caret)).toEqual({ typing: true, other: { selection: 5 } });
      }
    }
    const kept: Record<string, unknown> = { selection: null, cursor: good, extra: [1, 2] };
    cleanCarets(kept);
    expect(kept).toEqual({ selection: null, cursor: good, extra: [1, 2] });
  });

  it("stampIdentity cleans carets while it stamps the user", () => {
    const out = JSON.parse(stampIdentity(JSON.stringify({ user: { name: "CEO" }, cursor: { anchor: "bad", head: "bad" }, at: 1 }), identity)!);
    expect(out).toEqual({ user: { name: "Ann", color: "#aabbcc", role: "candidate", userId: "u-1" }, at: 1 });
  });

  it("whatever a peer sends, what passes never throws in y-monaco's or y-codemirror's hands (5,000 cases)", () => {
    const { doc, monaco, codemirror } = editor();
    const id = fc.oneof(fc.record({ client: fc.oneof(fc.nat(), fc.constant(doc.clientID)), clock: fc.nat({ max: 40 }) }), fc.anything());
    const pos = fc.oneof(
      fc.nat({ max: 30 }).map(monaco),
      fc.nat({ max: 30 }).map(codemirror),
      fc.record({ type: id, tname: fc.oneof(fc.string(), fc.constant("code:python"), fc.anything()), item: id, assoc: fc.oneof(fc.integer(), fc.anything()) }, { requiredKeys: [] }),
      fc.anything(),
    );
    const caret = fc.oneof(fc.record({ anchor: pos, head: pos }), fc.anything());
    fc.assert(
      fc.property(caret, caret, (selection, cursor) => {
        const state: Record<string, unknown> = JSON.parse(JSON.stringify({ selection, cursor, keep: 1 }) ?? "{}");
        cleanCarets(state);
        expect(state.keep).toBe(1);
        renderLikeYMonaco(state, doc);
        renderLikeYCodemirror(state, doc);
      }),
      { numRuns: 5_000, seed: 3001 },
    );
  });

  it("a position needs an item, a root name or a type", () => {
    expect(readRelativePosition({})).toBeNull();
    expect(readRelativePosition({ tname: "code:python" })).toEqual({ type: null, tname: "code:python", item: null, assoc: 0 });
  });
});
