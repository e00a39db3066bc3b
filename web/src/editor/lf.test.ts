/**
 * The LF view of a Y.Text: a `\r` another client sent is not in the editor, and no offset is
 * shifted by it. Property-tested against the obvious (slow) definitions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { lfView, modelEdits, modelOffset, toLf, yIndex } from "./lf";

const text = fc.string({ unit: fc.constantFrom("a", "b", "\n", "\r", "é") });

function applyModelEdits(model: string, edits: { offset: number; length: number; text: string }[]): string {
  for (const e of [...edits].reverse()) model = model.slice(0, e.offset) + e.text + model.slice(e.offset + e.length);
  return model;
}

describe("LF view", () => {
  it("normalises what this client inserts", () => {
    expect(toLf("a\r\nb\rc\n")).toBe("a\nb\nc\n");
    expect(lfView("\nalpha\r\nbeta\r\ngamma\n")).toBe("\nalpha\nbeta\ngamma\n");
  });

  it("maps offsets both ways; model offsets land before any \\r", () => {
    expect(yIndex("ab\r\ncd", 2)).toBe(2); // end of line 1: before its \r\n
    expect(yIndex("ab\r\ncd", 3)).toBe(4); // start of line 2
    expect(modelOffset("ab\r\ncd", 4)).toBe(3);
    fc.assert(fc.property(text, fc.nat(), (y, n) => {
      const i = n % (y.length + 1);
      expect(modelOffset(y, i)).toBe(y.slice(0, i).replace(/\r/g, "").length);
      const o = modelOffset(y, i);
      const j = yIndex(y, o);
      expect(modelOffset(y, j)).toBe(o);
      expect(j).toBeLessThanOrEqual(i);
      expect(y.slice(j, i).replace(/\r/g, "")).toBe("");
    }));
  });

  it("turns any Y.Text event into model edits that keep the model equal to the LF view", () => {
    fc.assert(fc.property(text, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), text), { maxLength: 4 }), (initial, ops) => {
      const doc = new Y.Doc();
      const t = doc.getText("t");
      t.insert(0, initial);
      let before = t.toString();
      let model = lfView(before);
      t.observe((e) => {
        model = applyModelEdits(model, modelEdits(before, e.delta as never));
        before = t.toString();
      });
      doc.transact(() => {
        for (const [at, del, ins] of ops) {
          const i = at % (t.length + 1);
          t.delete(i, Math.min(del, t.length - i));
          t.insert(i, ins);
        }
      });
      expect(model).toBe(lfView(t.toString()));
    }), { numRuns: 500 });
  });
});
