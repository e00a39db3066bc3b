/** A small problem of one's own, as the form sends it: add two integers, with a Python reference. */
import type { OwnProblemDraft } from "../../contracts/own-problems";

export const ADD_PYTHON = `class Solution:
    def addTwo(self, a: int, b: int) -> int:
        return a + b
`;

export function addDraft(over: Partial<OwnProblemDraft> = {}): OwnProblemDraft {
  return {
    title: "Add two",
    difficulty: "easy",
    tags: ["math"],
    statement: "Return `a + b`.",
    signature: { function: "addTwo", params: [{ name: "a", type: "int" }, { name: "b", type: "int" }], returns: "int", compare: "exact" },
    examples: [{ input: { a: 1, b: 2 }, output: 3 }],
    hiddenTests: [{ input: { a: 2, b: 2 }, output: 4 }, { input: { a: -5, b: 5 }, output: 0 }],
    references: { python: ADD_PYTHON },
    timeLimitMs: 1000,
    ...over,
  };
}
