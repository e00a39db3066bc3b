import { describe, expect, it } from "vitest";
import { caretsAt, groupLabels, isShown, LABEL_MS, labelName, MAX_LABEL_CHARS, type Caret } from "./cursor-labels";

const caret = (clientId: number, name: string, line: number, column: number): Caret => ({ clientId, name, color: `#00000${clientId}`, line, column });

describe("caret labels", () => {
  it("one label per place: carets at the same spot share it, so no name hides another", () => {
    const labels = groupLabels([caret(3, "Bo", 2, 5), caret(1, "Ada", 2, 5), caret(2, "Cy", 2, 9)]);
    expect(labels.map((l) => [l.text, l.clientIds, l.line, l.column])).toEqual([
      ["Ada, Bo", [1, 3], 2, 5],
      ["Cy", [2], 2, 9],
    ]);
    expect(labels[0].color).toBe("#000001");
  });

  it("shows while its owner moves (LABEL_MS) or is hovered, hidden otherwise", () => {
    const [label] = groupLabels([caret(1, "Ada", 1, 1)]);
    const moved = new Map([[1, 1000]]);
    expect(isShown(label, 1000 + LABEL_MS - 1, moved, new Set())).toBe(true);
    expect(isShown(label, 1000 + LABEL_MS, moved, new Set())).toBe(false);
    expect(isShown(label, 1000 + LABEL_MS, moved, new Set([1]))).toBe(true);
    expect(isShown(label, 0, new Map(), new Set())).toBe(false);
    expect(LABEL_MS).toBeGreaterThanOrEqual(1000); // the acceptance: visible ≥ 1 s after typing
  });

  it("finds the carets under the pointer: on their line box, within a few pixels", () => {
    const boxes = [{ clientId: 1, left: 100, top: 19, height: 19 }, { clientId: 2, left: 104, top: 19, height: 19 }, { clientId: 3, left: 100, top: 38, height: 19 }];
    expect([...caretsAt(boxes, 102, 25)]).toEqual([1, 2]);
    expect([...caretsAt(boxes, 120, 25)]).toEqual([]);
    expect([...caretsAt(boxes, 100, 38)]).toEqual([3]);
  });

  it("cuts long names by code point", () => {
    expect(labelName("Ada")).toBe("Ada");
    const cut = labelName("😀".repeat(50));
    expect([...cut]).toHaveLength(MAX_LABEL_CHARS);
    expect(cut.endsWith("😀…")).toBe(true);
  });
});
