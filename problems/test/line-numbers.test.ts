/**
 * Judged runs report the candidate's own lines: a compile error on the candidate's line 3 names
 * line 3 of the candidate's file, and a runtime exception's trace names the lines it passed through
 * in the candidate's code and no frame of the harness around it (judge/harness/*), on the real runner.
 */
import { describe, expect, it } from "vitest";
import type { JudgedLanguageId } from "../../contracts/languages";
import type { Signature } from "../../contracts/problems";
import type { RunEvent } from "../../contracts/runner";
import { encodeInput, encodeResult, type JudgeCase } from "../../judge/index";
import { judge } from "../lib/runner";
import { target } from "./helpers";

const sig: Signature = { function: "f", params: [{ name: "x", type: "int" }], returns: "int", compare: "exact" };
const cases: JudgeCase[] = [{ kind: "example", input: encodeInput(sig, { x: 5 }), expected: encodeResult(sig, 6) + "\n" }];

/** Code whose only error is on line 3, and what the compiler says about it. */
const COMPILE_ERROR: Partial<Record<JudgedLanguageId, { code: string; says: RegExp }>> = {
  c: { code: "int f(int x) {\n    int y = x;\n    return y +;\n}\n", says: /^solution\.c:3:\d+: error/m },
  cpp: { code: "class Solution {\npublic:\n    int f(int x) { return x +; }\n};\n", says: /^solution\.cpp:3:\d+: error/m },
  go: { code: "func f(x int) int {\n\ty := x\n\treturn y + undefinedName\n}\n", says: /^solution\.go:3:\d+: undefined: undefinedName/m },
  java: { code: "class Solution {\n    public int f(int x) {\n        return x + undefinedName;\n    }\n}\n", says: /^Main\.java:3: error: cannot find symbol/m },
  rust: { code: "impl Solution {\n    pub fn f(x: i32) -> i32 {\n        x + undefined_name\n    }\n}\n", says: /--> main\.rs:3:\d+/ },
  csharp: { code: "public class Solution {\n    public int F(int x) {\n        return x + undefinedName;\n    }\n}\n", says: /^main\.cs\(3,\d+\): error CS0103: The name `undefinedName' does not exist/m },
  typescript: { code: "function f(x: number): number {\n    const y = x;\n    return y +;\n}\n", says: /main\.ts:3:\d+:/ },
  javascript: { code: "function f(x) {\n    const y = x;\n    return y +;\n}\n", says: /main\.js:3\n/ },
  python: { code: "class Solution:\n    def f(self, x: int) -> int:\n        return x +\n", says: /File "main\.py", line 3\n/ },
};

/** Code that fails in a helper called from the candidate's function (Rust: in the function; its panic names one line). */
const RUNTIME_ERROR: Partial<Record<JudgedLanguageId, { code: string; trace: RegExp[]; harness: RegExp }>> = {
  python: {
    code: 'def boom(x):\n    raise ValueError("boom %d" % x)\n\nclass Solution:\n    def f(self, x: int) -> int:\n        return boom(x) + 1\n',
    trace: [/^Traceback \(most recent call last\):\n {2}File "\/box\/main\.py", line 6, in f\n/m, /File "\/box\/main\.py", line 2, in boom\n/, /^ValueError: boom 5$/m],
    harness: /sitecustomize|<module>|line (?!2,|6,)\d+/,
  },
  java: {
    code: 'class Solution {\n    static int boom(int x) {\n        throw new IllegalStateException("boom " + x);\n    }\n    public int f(int x) {\n        return boom(x) + 1;\n    }\n}\n',
    trace: [/^Exception in thread "main" java\.lang\.IllegalStateException: boom 5\n\tat Solution\.boom\(Main\.java:3\)\n\tat Solution\.f\(Main\.java:6\)\n?$/],
    harness: /Duet|Main\.main|lambda\$/,
  },
  csharp: {
    code: 'public class Solution {\n    static int Boom(int x) {\n        throw new InvalidOperationException("boom " + x);\n    }\n    public int F(int x) {\n        return Boom(x) + 1;\n    }\n}\n',
    trace: [/^Unhandled Exception:\nSystem\.InvalidOperationException: boom 5\n {2}at Solution\.Boom \(System\.Int32 x\) \[0x[0-9a-f]+\] in \/box\/main\.cs:3 ?\n {2}at Solution\.F \(System\.Int32 x\) \[0x[0-9a-f]+\] in \/box\/main\.cs:6 ?\n?$/],
    harness: /Duet|wrapper|Main/,
  },
  go: {
    code: "func boom(x int) int {\n\treturn []int{}[x]\n}\n\nfunc f(x int) int {\n\treturn boom(x) + 1\n}\n",
    trace: [/^panic: runtime error: index out of range \[5\] with length 0\n\ngoroutine 1 \[running\]:\n/, /^main\.boom\(.*\)\n\tsolution\.go:2\b/m, /^main\.f\(.*\)\n\tsolution\.go:6\b/m],
    harness: /duet|main\.main|main\.go|runtime\./,
  },
  rust: {
    code: "impl Solution {\n    pub fn f(x: i32) -> i32 {\n        let v: Vec<i32> = Vec::new();\n        v[x as usize]\n    }\n}\n",
    trace: [/^thread 'main' panicked at .*main\.rs:4:\d+/m],
    harness: /duet/,
  },
  javascript: {
    code: 'function boom(x) {\n    throw new Error("boom " + x);\n}\n\nfunction f(x) {\n    return boom(x) + 1;\n}\n',
    trace: [/^Error: boom 5\n {4}at boom \(\/box\/main\.js:2:\d+\)\n {4}at f \(\/box\/main\.js:6:\d+\)\n?$/],
    harness: /duet|node:internal/i,
  },
  typescript: {
    code: 'function boom(x: number): number {\n    throw new Error("boom " + x);\n}\n\nfunction f(x: number): number {\n    return boom(x) + 1;\n}\n',
    trace: [/^Error: boom 5\n {4}at boom \(\/box\/main\.ts:2:\d+\)\n {4}at f \(\/box\/main\.ts:6:\d+\)\n?$/],
    harness: /duet|node:internal/i,
  },
};

function printed(events: RunEvent[]): string {
  return events.map((e) => (e.type === "output" ? e.data : "")).join("");
}

describe.concurrent("a judged run reports the candidate's lines", () => {
  for (const [lang, { code, says }] of Object.entries(COMPILE_ERROR) as [JudgedLanguageId, { code: string; says: RegExp }][]) {
    it(`a compile error on line 3 in ${lang}`, async () => {
      const r = await judge(target(), { slug: "lines", signature: sig, timeLimitMs: 1000 }, lang, code, cases, "run");
      expect(r.verdict).toBe("CE");
      expect(printed(r.events)).toMatch(says);
    });
  }
  for (const [lang, { code, trace, harness }] of Object.entries(RUNTIME_ERROR) as [JudgedLanguageId, { code: string; trace: RegExp[]; harness: RegExp }][]) {
    it(`a runtime error's trace in ${lang}, without the harness`, async () => {
      const r = await judge(target(), { slug: "lines", signature: sig, timeLimitMs: 1000 }, lang, code, cases, "run");
      expect(r.verdict).toBe("RE");
      const stderr = printed(r.events.filter((e) => e.type !== "output" || e.stream === "stderr"));
      for (const line of trace) expect(stderr).toMatch(line);
      expect(stderr).not.toMatch(harness);
    });
  }
});
