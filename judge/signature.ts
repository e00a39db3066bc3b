/**
 * Code that does not fit the problem's signature (a renamed function, another parameter count, no
 * `Solution` class) fails inside the harness, where its error names the harness, not the candidate's
 * mistake. This module finds such a mismatch in a judged run and explains it with the signature the
 * problem expects in the run's language (the harnesses' `signature`, built from the problem spec):
 *
 *   - Python checks at run time (judge/harness/python/harness.py) and reports one marked stderr line;
 *   - a compile error (C, C++, Go, Java, Rust, C#) or a JavaScript/TypeScript ReferenceError naming
 *     the function is checked against the source: the container, the function's name, its
 *     parameter count.
 *
 * Nothing is concluded from the source alone when the code compiled and ran: the check only names
 * the cause of an error that already happened.
 */
import { isJudged, type JudgedLanguageId } from "../contracts/languages";
import { isDesign, isSql, SignatureMismatchSchema, type CodeSignature, type FunctionSignature, type JudgeResult, type LanguageSignature, type ProblemLanguageId, type Signature, type SignatureMismatch, type TestOutcome } from "../contracts/problems";
import { capitalized, snake } from "./harness/common";
import { HARNESSES, languageSignature } from "./harness/index";
import { Judgement, type JudgeMode } from "./judgement";
import type { JudgeCase, JudgeProblem } from "./problem";

/** Starts the stderr line in which the Python harness reports a mismatch (MISMATCH_MARKER in harness.py). */
export const MISMATCH_MARKER = "DUET-SIGNATURE-MISMATCH ";

export function signatureOf(sig: Signature, language: JudgedLanguageId): LanguageSignature {
  if (isSql(sig)) throw new Error("an SQL problem has no function to declare (judge/problem-languages.ts signaturesFor)");
  return languageSignature(sig, language);
}

export function signaturesOf(sig: CodeSignature): Record<JudgedLanguageId, LanguageSignature> {
  return Object.fromEntries(Object.keys(HARNESSES).map((id) => [id, signatureOf(sig, id as JudgedLanguageId)])) as Record<JudgedLanguageId, LanguageSignature>;
}

/** A problem's judgement whose failures are explained by a signature mismatch when one is the cause. */
export class SignedJudgement extends Judgement {
  readonly #problem: JudgeProblem;
  readonly #run: { language: ProblemLanguageId; code: string };

  constructor(problem: JudgeProblem, cases: readonly JudgeCase[], mode: JudgeMode, run: { language: ProblemLanguageId; code: string }) {
    super(problem, cases, mode);
    this.#problem = problem;
    this.#run = run;
  }

  override result(): JudgeResult {
    const result = super.result();
    if (result.verdict === "AC" || result.verdict === "IE") return result;
    const mismatch = findMismatch(result, this.#problem.signature, this.#run.language, this.#run.code);
    return mismatch ? explainMismatch(result, mismatch) : result;
  }
}

/** The mismatch that explains a failed run of `code`, if one does. */
export function findMismatch(result: JudgeResult, sig: Signature, language: ProblemLanguageId, code: string): SignatureMismatch | null {
  if (isSql(sig) || !isJudged(language)) return null;
  const expected = signatureOf(sig, language);
  for (const t of result.tests) {
    const reported = reportedMismatch(t.stdout ?? "");
    if (reported) return { ...reported, expected };
  }
  // A class's methods are many and each language names them its own way: the compiler's own
  // errors explain a design problem's mismatch well enough.
  if (isDesign(sig)) return null;
  // JavaScript and TypeScript (types stripped, not checked) meet a missing function at run time.
  const script = language === "javascript" || language === "typescript";
  const failed = result.verdict === "CE" || (script && result.failure?.stdout?.includes(`ReferenceError: ${sig.function} is not defined`));
  if (!failed) return null;
  const found = sourceMismatch(stripComments(code), sig, language, expected);
  return found && { ...found, expected };
}

/** Output without the harness's mismatch report (it is the judge's to read, not the candidate's). */
export function hideMismatchReport(data: string): string {
  if (!data.includes(MISMATCH_MARKER)) return data;
  return data.split("\n").filter((l) => !l.startsWith(MISMATCH_MARKER)).join("\n");
}

/** The run's result with its mismatch explained: verdict CE, and the harness's report out of the tests' output. */
export function explainMismatch(result: JudgeResult, mismatch: SignatureMismatch): JudgeResult {
  const clean = <T extends TestOutcome>(t: T): T =>
    t.stdout?.includes(MISMATCH_MARKER) ? { ...t, verdict: "CE", stdout: hideMismatchReport(t.stdout) } : t;
  // No message: the mismatch is the explanation (the web words it from the catalogue); the
  // compiler's errors about the harness's call are what it replaces.
  const { message: _harnessErrors, ...rest } = result;
  return { ...rest, verdict: "CE", tests: result.tests.map(clean), ...(result.failure ? { failure: clean(result.failure) } : {}), mismatch };
}

function reportedMismatch(stdout: string): Omit<SignatureMismatch, "expected"> | null {
  const line = stdout.split("\n").find((l) => l.startsWith(MISMATCH_MARKER));
  if (!line) return null;
  try {
    const parsed = SignatureMismatchSchema.omit({ expected: true }).safeParse(JSON.parse(line.slice(MISMATCH_MARKER.length)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The class (Java, C++, C#) or impl (Rust) the function must sit in, as a pattern over the source. */
const CONTAINER: Partial<Record<JudgedLanguageId, RegExp>> = {
  java: /\bclass\s+Solution\b/,
  csharp: /\bclass\s+Solution\b/,
  cpp: /\b(class|struct)\s+Solution\b/,
  rust: /\bimpl\s+Solution\b/,
};

function sourceMismatch(code: string, sig: FunctionSignature, language: JudgedLanguageId, expected: LanguageSignature): Omit<SignatureMismatch, "expected"> | null {
  const container = CONTAINER[language];
  if (container && !container.test(code)) return { kind: "missing_class" };
  const name = functionName(sig, language);
  // A function value (`const twoSum = (…) =>`): its parameters are not read here.
  if (new RegExp(`\\b(const|let|var)\\s+${name}\\b`).test(code)) return null;
  const params = declaredParams(code, name);
  if (params === null) return { kind: "missing_function" };
  const want = declaredParams(expected.declaration, name);
  if (want !== null && countParams(params) !== countParams(want)) return { kind: "wrong_arity", found: `${name}(${params.trim()})`.slice(0, 200) };
  return null;
}

/** The function's name as the language's harness calls it: Rust's snake_case, C#'s PascalCase. */
function functionName(sig: FunctionSignature, language: JudgedLanguageId): string {
  if (language === "rust") return snake(sig.function);
  return language === "csharp" ? capitalized(sig.function) : sig.function;
}

/** The parameter list of the first declaration-like `name(` in the code (not a call: a type or `fn`/`func`/`function` before it). */
function declaredParams(code: string, name: string): string | null {
  const decl = new RegExp(`(?:[\\w>\\]]\\s+|[*&]\\s*)${name}\\s*\\(`, "g");
  for (const m of code.matchAll(decl)) {
    const open = m.index + m[0].length;
    let depth = 1;
    for (let i = open; i < code.length; i++) {
      if (code[i] === "(") depth++;
      else if (code[i] === ")" && --depth === 0) return code.slice(open, i);
    }
  }
  return null;
}

/** Parameters in a list, counting the commas outside brackets and generics. */
function countParams(list: string): number {
  if (list.trim() === "") return 0;
  let depth = 0;
  let n = 1;
  for (const ch of list) {
    if ("(<[{".includes(ch)) depth++;
    else if (")>]}".includes(ch)) depth--;
    else if (ch === "," && depth === 0) n++;
  }
  return n;
}

/** The code without `//` and `/* *\/` comments (a commented-out `class Solution` is not one). */
function stripComments(code: string): string {
  return code.replace(/\/\*[\s\S]*?\*\//g, " ").replace(/\/\/[^\n]*/g, "");
}
