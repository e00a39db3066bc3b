import { describe, expect, it } from "vitest";
import { OwnProblemDraftSchema } from "../../../contracts/own-problems";
import { CaseLineError, EMPTY_FORM, fromDraft, parseCases, toDraft } from "./draft-form";

const FORM = {
  ...EMPTY_FORM,
  title: " Add two ", topic: "math" as const, statement: "Return a + b.", functionName: "addTwo",
  params: [{ name: "a", type: "int" as const }, { name: "b", type: "int" as const }],
  examples: '{"input": {"a": 1, "b": 2}, "output": 3}\n',
  hiddenTests: '{"input": {"a": 2, "b": 2}, "output": 4}\n\n{"input": {"a": -5, "b": 5}, "output": 0}',
  references: { python: "class Solution:\n    def addTwo(self, a, b):\n        return a + b\n", java: "  " },
};

describe("the problem form's draft", () => {
  it("is a draft the API takes, and reads back into the same form", () => {
    const draft = toDraft(FORM);
    expect(OwnProblemDraftSchema.parse(draft)).toMatchObject({ title: "Add two", tags: ["math"], hiddenTests: [{ output: 4 }, { output: 0 }] });
    expect(Object.keys(draft.references)).toEqual(["python"]); // an empty editor gives no reference
    expect(toDraft(fromDraft(draft))).toEqual(draft);
    const planned = { ...draft, expectedMinutes: 35 };
    expect(toDraft(fromDraft(planned))).toEqual(planned); // what the form does not ask survives an edit
  });

  it("names the line of a case that is not one", () => {
    expect(() => parseCases('{"input": {}, "output": 1}\n{oops', "hiddenTests")).toThrow(new CaseLineError("hiddenTests", 2, "not JSON"));
    expect(() => parseCases("[1, 2]", "examples")).toThrow(CaseLineError);
    expect(parseCases("\n  \n", "examples")).toEqual([]);
  });
});
