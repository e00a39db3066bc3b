/** A repository-format problem folder read into a draft of one's own problem: what is kept, what is left out and said, what is refused. */
import { describe, expect, it } from "vitest";
import { draftFromFolder, FolderImportError, type FolderFile } from "./import-folder";

const problemJson = {
  title: "Add two", difficulty: "easy", tags: ["math", "not-a-topic"], order: 3,
  signature: { function: "addTwo", params: [{ name: "a", type: "int" }, { name: "b", type: "int" }], returns: "int" },
  examples: [{ input: { a: 1, b: 2 }, output: 3 }], constraints: ["-100 <= a, b <= 100"], timeLimitMs: 500,
  hints: ["Add them."], followUps: [{ question: "Overflow?", answer: "Not within the constraints." }], strongAnswer: "One line.",
  guard: { naive: "x", intended: "y" },
};
const folder = (over: Record<string, string | null> = {}): FolderFile[] => {
  const files: Record<string, string | null> = {
    "add-two/problem.json": JSON.stringify(problemJson),
    "add-two/statement.md": "Return `a + b`.",
    "add-two/tests.json": JSON.stringify([{ input: { a: 2, b: 2 }, output: 4 }]),
    "add-two/solution.py": "class Solution: ...",
    "add-two/Solution.java": "class Solution {}",
    "add-two/wrong/off-by-one.py": "x",
    "add-two/naive/naive.cpp": "x",
    "add-two/proven.sha256": "abc",
    ...over,
  };
  return Object.entries(files).filter(([, t]) => t !== null).map(([path, text]) => ({ path, text: text! }));
};
const failure = (files: FolderFile[]) => {
  try {
    draftFromFolder(files);
  } catch (e) {
    if (e instanceof FolderImportError) return e.failure;
    throw e;
  }
  throw new Error("imported");
};

describe("importing a problem folder", () => {
  it("keeps what an own problem holds: statement, signature, cases, references by file name, constraints, hints and follow-ups", () => {
    const { draft, skipped } = draftFromFolder(folder());
    expect(draft).toMatchObject({
      title: "Add two", difficulty: "easy", tags: ["math"], statement: "Return `a + b`.", timeLimitMs: 500,
      signature: { function: "addTwo" }, examples: [{ input: { a: 1, b: 2 }, output: 3 }], hiddenTests: [{ input: { a: 2, b: 2 }, output: 4 }],
      references: { python: "class Solution: ...", java: "class Solution {}" },
      constraints: ["-100 <= a, b <= 100"], hints: ["Add them."], followUps: [{ question: "Overflow?", answer: "Not within the constraints." }], strongAnswer: "One line.",
    });
    // the library's own proofs and its CI's guard are said to be left out, not dropped silently
    expect(skipped).toEqual(["guard", "naive/", "proven.sha256", "wrong/"]);
  });

  it("finds the problem in a picked parent folder and ignores files beside it", () => {
    const files = folder().map((f) => ({ ...f, path: `problems/${f.path}` }));
    files.push({ path: "problems/README.md", text: "# other" });
    expect(draftFromFolder(files).draft.title).toBe("Add two");
  });

  it("refuses, naming what is wrong: no problem.json, no statement, broken JSON, generated tests only, too many tests, a field the format refuses", () => {
    expect(failure(folder({ "add-two/problem.json": null }))).toEqual({ reason: "no_problem_json" });
    expect(failure(folder({ "add-two/statement.md": null }))).toEqual({ reason: "no_statement" });
    expect(failure(folder({ "add-two/tests.json": "[{" }))).toEqual({ reason: "not_json", file: "tests.json" });
    expect(failure(folder({ "add-two/tests.json": null, "add-two/generate.mjs": "export default () => []" }))).toEqual({ reason: "generated_tests_only" });
    const many = JSON.stringify(Array.from({ length: 51 }, () => ({ input: { a: 1, b: 1 }, output: 2 })));
    expect(failure(folder({ "add-two/tests.json": many }))).toEqual({ reason: "too_many_tests", count: 51, max: 50 });
    expect(failure(folder({ "add-two/problem.json": JSON.stringify({ ...problemJson, difficulty: "extreme" }) }))).toMatchObject({ reason: "invalid", file: "problem.json", detail: expect.stringMatching(/^difficulty/) });
    expect(failure(folder({ "add-two/solution.py": null, "add-two/Solution.java": null }))).toMatchObject({ reason: "invalid", file: "solution.*" });
  });

  it("keeps a design problem's class (the form edits function problems, and keeps a class as it is)", () => {
    const design = { ...problemJson, signature: { class: "Counter", init: [], methods: [{ name: "inc", params: [], returns: "int" }] }, examples: [{ input: { operations: ["Counter", "inc"], arguments: [[], []] }, output: [null, 1] }] };
    const { draft } = draftFromFolder(folder({ "add-two/problem.json": JSON.stringify(design), "add-two/tests.json": JSON.stringify([{ input: { operations: ["Counter", "inc", "inc"], arguments: [[], [], []] }, output: [null, 1, 2] }]) }));
    expect(draft.signature).toMatchObject({ class: "Counter" });
  });
});
