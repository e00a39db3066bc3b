import { describe, expect, it } from "vitest";
import { editKind, startsStep, type EditKind } from "./undo-steps";

const typed = (text: string) => [{ rangeLength: 0, text }];

/** The undo steps a sequence of edits makes, as Monaco would group them. */
function steps(kinds: EditKind[]): number {
  let prev: EditKind | null = null;
  let n = 0;
  for (const k of kinds) {
    if (startsStep(prev, k)) n++;
    prev = k;
  }
  return n;
}

describe("undo steps", () => {
  it("classifies keystrokes, pastes and deletions", () => {
    expect(editKind(typed("a"))).toBe("word");
    expect(editKind(typed("()"))).toBe("word"); // an auto-closed pair is one key
    expect(editKind(typed("😀"))).toBe("word");
    expect(editKind(typed(" "))).toBe("space");
    expect(editKind(typed("    "))).toBe("space");
    expect(editKind(typed("\n    "))).toBe("newline");
    expect(editKind(typed("hello world"))).toBe("other");
    expect(editKind([{ rangeLength: 1, text: "" }])).toBe("delete");
    expect(editKind([{ rangeLength: 3, text: "x" }])).toBe("other");
    expect(editKind([...typed("a"), ...typed("a")])).toBe("word"); // multi-cursor typing
    expect(editKind([...typed("a"), ...typed("b")])).toBe("other");
    expect(editKind([])).toBe("other");
  });

  it("a typed word with its spaces is one step; a paste is its own", () => {
    const word = (s: string) => [...s].map((c) => editKind(typed(c)));
    expect(steps(word("hello "))).toBe(1);
    expect(steps(word("hello world"))).toBe(2);
    expect(steps([...word("ab"), "other", ...word("cd")])).toBe(3);
    expect(steps([...word("ab"), "delete", "delete", ...word("c")])).toBe(3);
    expect(steps(["newline", ...word("x")])).toBe(2);
  });
});
