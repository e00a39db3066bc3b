/**
 * Design problems (a class whose methods a test calls in sequence, LeetCode's format) on the real
 * runner, in every judged language: the reference class is Accepted, and a class whose method returns
 * a wrong result is refused with the failing call named (which call, with its arguments, what it
 * returned and what was expected). Min Stack is the library's design problem these run on.
 */
import { describe, expect, it } from "vitest";
import { JUDGED_LANGUAGE_IDS, type JudgedLanguageId } from "../../contracts/languages";
import { isDesign } from "../../contracts/problems";
import { signatureOf } from "../../judge/index";
import { judge } from "../lib/runner";
import { exampleCases, problem, target } from "./helpers";

describe.concurrent("a design problem, in every language", () => {
  for (const language of JUDGED_LANGUAGE_IDS) {
    it(`${language}: the reference class is Accepted; the starter's class fails at the call that returns a wrong result`, async () => {
      const p = await problem("min-stack");
      expect(isDesign(p.signature)).toBe(true);
      const accepted = await judge(target(), p, language, p.reference[language]!, exampleCases(p), "run");
      expect(accepted.verdict, JSON.stringify(accepted)).toBe("AC");

      // The starter's getMin returns the language's default, 0: example 1's fifth call (after the
      // constructor and three pushes) is the first to differ.
      const starter = await judge(target(), p, language, p.starter[language]!, exampleCases(p), "run");
      expect(starter.verdict, JSON.stringify(starter)).toBe("WA");
      expect(starter.tests[0].call).toEqual({ index: 4, call: "getMin()", expected: "-3", actual: "0" });
      expect(starter.tests[0].actual).toBe("[null,null,null,null,0,null,0,0]");
    });
  }
});

describe.concurrent("what a design run tells the candidate", () => {
  it("a stale minimum (Python): the call with its arguments' values, on Submit too", async () => {
    const p = await problem("min-stack");
    const wrong = p.wrong.find((w) => w.file.endsWith("single-min.py"))!;
    const r = await judge(target(), p, "python", wrong.code, exampleCases(p), "run");
    expect(r.verdict).toBe("WA");
    expect(r.failure?.call).toEqual({ index: 7, call: "getMin()", expected: "-2", actual: "-3" });
    const submitted = await judge(target(), p, "python", wrong.code, p.hidden, "submit");
    expect(submitted.verdict).toBe("WA");
    expect(submitted.failure?.call?.call).toBe("getMin()");
  });

  it("a class under another name (Python) is a signature mismatch naming the class the problem expects", async () => {
    const p = await problem("min-stack");
    const code = p.reference.python!.replace("class MinStack", "class MinimumStack");
    const r = await judge(target(), p, "python", code, exampleCases(p), "run");
    expect(r.verdict).toBe("CE");
    expect(r.mismatch).toEqual({ kind: "missing_class", expected: signatureOf(p.signature, "python"), found: "class MinimumStack" });
  });

  it("a method the class lacks (JavaScript) is a runtime error that names it, not the harness", async () => {
    const p = await problem("min-stack");
    const code = p.reference.javascript!.replace(/getMin\(\) \{[\s\S]*?\n {4}\}\n/, "");
    const r = await judge(target(), p, "javascript", code, exampleCases(p), "run");
    expect(r.verdict).toBe("RE");
    expect(r.failure?.stdout).toContain("TypeError: MinStack has no method getMin");
  });

  it("an exception inside a method (Java) is reported from the candidate's frames", async () => {
    const p = await problem("min-stack");
    const code = p.reference.java!.replace("return stack.peek()[1];", 'throw new IllegalStateException("empty");');
    const r = await judge(target(), p, "java" satisfies JudgedLanguageId, code, exampleCases(p), "run");
    expect(r.verdict).toBe("RE");
    expect(r.failure?.stdout).toMatch(/IllegalStateException: empty\n\s+at MinStack\.getMin\(Main\.java:\d+\)/);
    expect(r.failure?.stdout).not.toMatch(/at Main\.|DuetRun/);
  });

  it("an exception inside a method (C#) is reported from the candidate's frames, on the candidate's line", async () => {
    const p = await problem("min-stack");
    const code = p.reference.csharp!.replace("return stack.Peek().low;", 'throw new InvalidOperationException("empty");');
    const line = code.split("\n").findIndex((l) => l.includes("empty")) + 1;
    const r = await judge(target(), p, "csharp" satisfies JudgedLanguageId, code, exampleCases(p), "run");
    expect(r.verdict).toBe("RE");
    expect(r.failure?.stdout).toMatch(new RegExp(`InvalidOperationException: empty\\n {2}at MinStack\\.GetMin \\(\\) \\[0x[0-9a-f]+\\] in /box/main\\.cs:${line}\\b`));
    expect(r.failure?.stdout).not.toMatch(/Duet|wrapper/);
  });
});
