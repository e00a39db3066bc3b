/**
 * Plain runs report the program's own lines, in the real sandbox: a compile error on line 3 names
 * line 3 of the program's file, and a runtime exception's trace names the lines it passed through
 * (TypeScript's too, mapped back from esbuild's output by its source map). Judged runs, with the
 * harness around the candidate's code, are tested in problems/test/line-numbers.test.ts.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES_BY_ID, type LanguageId } from "../../contracts/languages.js";
import { run, testCore } from "./helpers.js";

const core = testCore({ concurrency: 2 });
const available = new Set(core.languages().filter((l) => l.available).map((l) => l.id));
const skip = (lang: LanguageId) => !available.has(lang) && process.getuid?.() !== 0;

/** Programs whose only error is on line 3, and what the compiler says about it. */
const COMPILE_ERROR: Record<LanguageId, { source: string; says: RegExp }> = {
  c: { source: "#include <stdio.h>\nint main(void) {\n    return missing;\n}\n", says: /^main\.c:3:\d+: error/m },
  cpp: { source: "#include <cstdio>\nint main() {\n    return missing;\n}\n", says: /^main\.cpp:3:\d+: error/m },
  go: { source: "package main\n\nfunc main() { return missing }\n", says: /^\.\/main\.go:3:\d+: /m },
  java: { source: 'public class Main {\n    public static void main(String[] a) {\n        int x = "s";\n    }\n}\n', says: /^Main\.java:3: error/m },
  rust: { source: 'fn main() {\n    let _a = 1;\n    let _x: i32 = "s";\n}\n', says: /--> main\.rs:3:\d+/ },
  typescript: { source: "const a = 1;\nconst b = 2;\nconst x: number = (;\n", says: /main\.ts:3:\d+:/ },
  javascript: { source: 'const a = 1;\nconst b = 2;\nconsole.log("unterminated);\n', says: /main\.js:3\n/ },
  python: { source: "import sys\n\ndef f(:\n    pass\n", says: /File "main\.py", line 3\n/ },
  csharp: { source: 'class Program {\n    static void Main() {\n        int x = "s";\n    }\n}\n', says: /^main\.cs\(3,\d+\): error CS0029/m },
  ruby: { source: "a = 1\nb = 2\nputs(a +)\n", says: /^main\.rb:3: syntax error/m },
  php: { source: "<?php\n$a = 1;\n$x = (;\n", says: /Parse error: syntax error, .* in main\.php on line 3$/m },
  perl: { source: "my $a = 1;\nmy $b = 2;\nmy $x = (;\n", says: /^syntax error at main\.pl line 3,/m },
  lua: { source: "local a = 1\nlocal b = 2\nprint(a +)\n", says: /main\.lua:3: unexpected symbol/ },
  bash: { source: "echo a\necho b\nif then\n", says: /^main\.sh: line 3: syntax error/m },
  kotlin: { source: 'fun main() {\n    val a = 1\n    val x: Int = "s"\n}\n', says: /^main\.kt:3:\d+: error: type mismatch/m },
  haskell: { source: "main :: IO ()\nmain =\n    putStrLn (1 :: Int)\n", says: /^main\.hs:3:\d+: error:/m },
  // No compile step: the run stops at the error (RE), naming its line.
  sql: { source: "SELECT 1;\nSELECT 2;\nSELECT x FROM;\nSELECT 4;\n", says: /^Parse error near line 3: near ";": syntax error/m },
};

/** Programs that fail in a function called from another; the trace's lines (Rust's panic names one). */
const RUNTIME_ERROR: Partial<Record<LanguageId, { source: string; trace: RegExp[] }>> = {
  python: {
    source: 'def boom():\n    raise ValueError("boom")\n\nboom()\n',
    trace: [/File "\/box\/main\.py", line 4, in <module>\n/, /File "\/box\/main\.py", line 2, in boom\n/, /^ValueError: boom$/m],
  },
  java: {
    source: 'public class Main {\n    static void boom() {\n        throw new IllegalStateException("boom");\n    }\n    public static void main(String[] a) {\n        boom();\n    }\n}\n',
    trace: [/^Exception in thread "main" java\.lang\.IllegalStateException: boom\n\tat Main\.boom\(Main\.java:3\)\n\tat Main\.main\(Main\.java:6\)$/m],
  },
  go: {
    source: 'package main\n\nfunc boom() {\n\tpanic("boom")\n}\n\nfunc main() {\n\tboom()\n}\n',
    trace: [/^panic: boom\n/m, /^main\.boom\(.*\)\n\t\/box\/main\.go:4\b/m, /^main\.main\(.*\)\n\t\/box\/main\.go:8\b/m],
  },
  rust: {
    source: "fn main() {\n    let v: Vec<i32> = Vec::new();\n    let i = std::env::args().count() + 4;\n    println!(\"{}\", v[i]);\n}\n",
    trace: [/^thread 'main' panicked at .*main\.rs:4:\d+/m],
  },
  javascript: {
    source: 'function boom() {\n    throw new Error("boom");\n}\n\nboom();\n',
    trace: [/^Error: boom\n {4}at boom \(\/box\/main\.js:2:\d+\)\n {4}at Object\.<anonymous> \(\/box\/main\.js:5:\d+\)$/m],
  },
  typescript: {
    source: 'function boom(): number {\n    throw new Error("boom");\n}\n\nconst n: number = boom();\n',
    trace: [/^Error: boom\n {4}at boom \(\/box\/main\.ts:2:\d+\)\n {4}at Object\.<anonymous> \(\/box\/main\.ts:5:\d+\)$/m],
  },
};

describe.concurrent("a plain run reports the program's lines", () => {
  for (const [lang, { source, says }] of Object.entries(COMPILE_ERROR) as [LanguageId, { source: string; says: RegExp }][]) {
    it.skipIf(skip(lang))(`a compile error on line 3 in ${lang}`, async () => {
      const r = await run(core, lang, source);
      if (LANGUAGES_BY_ID[lang].compile) expect(r.compile?.status).toBe("CE");
      else expect(r.exit?.status).toBe("RE");
      expect(r.stdout + r.stderr).toMatch(says);
    });
  }
  for (const [lang, { source, trace }] of Object.entries(RUNTIME_ERROR) as [LanguageId, { source: string; trace: RegExp[] }][]) {
    it.skipIf(skip(lang))(`a runtime error's trace in ${lang}`, async () => {
      const r = await run(core, lang, source);
      expect(r.exit?.status).toBe("RE");
      for (const line of trace) expect(r.stderr).toMatch(line);
    });
  }
});
