/**
 * What every language's harness provides. A judged program = the candidate's code with the
 * language's harness source (judge/harness/<language>/harness.*, embedded by generate.ts) around
 * it, laid out so the candidate's line n is reported as line n, plus a small driver generated from
 * the signature: it reads one test's typed input (one JSON value a line on stdin), calls the
 * function once with the candidate's prints sent to stderr, and prints the result as one canonical
 * JSON line (sorted for unordered results). A design problem's driver (judge/harness/design/)
 * constructs the candidate's class instead and calls its methods in the test's order, printing every
 * call's result in one JSON array line (judge/design-io.ts).
 */
import { LANGUAGES_BY_ID, type JudgedLanguageId } from "../../contracts/languages";
import { MAX_SOURCE_BYTES, type RunRequest } from "../../contracts/runner";
import type { DesignSignature, FunctionSignature, LanguageSignature, Method, Param, ValueType } from "../../contracts/problems";

export type SourceFile = RunRequest["files"][number];

export interface Harness<S = FunctionSignature> {
  /** The function the harness calls, as the candidate writes it (what the statement shows). */
  signature(sig: S): LanguageSignature;
  /** The code a candidate starts from: the function (or class) with a default return. */
  starter(sig: S): string;
  /** The files the runner gets, the language's entry file (its manifest `fileName`) first. */
  files(sig: S, code: string): SourceFile[];
}

/** A design problem's harness: constructs the candidate's class, calls its methods in the test's order, prints every result. */
export type DesignHarness = Harness<DesignSignature>;

export const NEEDS_TREE = (sig: FunctionSignature) => [sig.returns, ...sig.params.map((p) => p.type)].includes("TreeNode");

/** Every call a design test may make: the constructor first (its `returns` is void), then each method. */
export interface DesignCall {
  op: string;
  params: Param[];
  returns: ValueType | "void";
  isConstructor: boolean;
}

export function designCalls(d: DesignSignature): DesignCall[] {
  return [{ op: d.class, params: d.init, returns: "void", isConstructor: true }, ...d.methods.map((m: Method) => ({ op: m.name, params: m.params, returns: m.returns, isConstructor: false }))];
}

/** Whether a design problem's class needs LeetCode's TreeNode (Rust's starter then imports Rc and RefCell). */
export const DESIGN_NEEDS_TREE = (d: DesignSignature) => designCalls(d).some((c) => [c.returns, ...c.params.map((p) => p.type)].includes("TreeNode"));

/** The first letter in upper case (Go's exported method names, C's function names). */
export function capitalized(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A design problem's declarations, one a line, indented as they sit in their class (the statement shows them under it). */
export function declarationLines(lines: string[], container: string | null): string {
  return lines.join(container ? "\n    " : "\n");
}

/**
 * lowerCamelCase → snake_case, as LeetCode names Rust functions: a run of capitals is one word
 * (`isValidBST` → `is_valid_bst`, `totalNQueens` → `total_n_queens`) and digits stay with their
 * word (`nums1`).
 */
export function snake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase();
}

/** Whether the result's elements are sorted by their JSON before printing (0: no, 1: outer, 2: inner and outer). */
export function sortDepth(sig: Pick<FunctionSignature, "compare">): 0 | 1 | 2 {
  return sig.compare === "exact" ? 0 : sig.compare === "unordered" ? 1 : 2;
}

/** `code` ending with one line break, so what follows it starts a line of its own. */
export function asLines(code: string): string {
  return code.endsWith("\n") ? code : `${code}\n`;
}

/** How many lines `text` (ending with a line break) takes. */
export function lineCount(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * C and C++: the entry file with the candidate's code under `#line 1 "<solution>"` and the
 * harness's lines under their real numbers (`#line <n> "<entry>"`), so the compiler names the
 * candidate's line n as <solution>:n; and the candidate's code as <solution>, which nothing
 * compiles: it is where the compiler reads the lines it quotes under a diagnostic (left out when
 * the copy would take the request over the runner's source limit: the lines are right without it).
 */
export function lineDirected(
  language: JudgedLanguageId, solution: string, harness: { head: string; body: string }, code: string, main: string,
): SourceFile[] {
  const entry = LANGUAGES_BY_ID[language].fileName;
  const before = `${harness.head}#line 1 "${solution}"\n`;
  const candidate = asLines(code);
  // The directive numbers the line after it: its own line's number plus one.
  const resume = lineCount(before) + lineCount(candidate) + 2;
  const content = `${before}${candidate}#line ${resume} "${entry}"\n${harness.body}${main}`;
  const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
  if (bytes(content) + bytes(code) > MAX_SOURCE_BYTES) return [{ name: entry, content }];
  return [{ name: entry, content }, { name: solution, content: code }];
}
