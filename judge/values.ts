/**
 * Typed values: checking a JSON value against a signature type, and the canonical JSON every
 * harness prints (so the runner can compare stdout exactly). Pure; no node imports.
 *
 *   int      32-bit signed integer          long     safe integer (|x| ≤ 2^53 − 1, JavaScript's limit)
 *   double   finite number                  bool     true | false
 *   string   printable ASCII (0x20–0x7e)    T[]      array of T (int, double, string)
 *   int[][], string[][]  arrays of arrays
 *   TreeNode level-order array of int|null ([] = empty); canonical form trims trailing nulls
 *   ListNode array of int ([] = empty)
 */
import { isDesign, isSql, type CompareMode, type FunctionSignature, type Signature, type SqlResultSet, type ValueType } from "../contracts/problems";
import { checkValue, inputFields } from "../contracts/value-check";
import { checkCalls, checkResults, encodeCalls, encodeResults } from "./design-io";
import { checkDataset, datasetSql } from "./sql/dataset";
import { checkResultSet, encodeResultSet } from "./sql/result-set";

// Checking a value is the contract's (the web's test-case panel checks each field with it too).
export { checkValue };

/** The canonical JSON of a value of `type` (assumed valid): no spaces, trees trimmed. */
export function encodeValue(type: ValueType, v: unknown): string {
  if (type === "TreeNode") {
    const a = [...(v as (number | null)[])];
    while (a.length > 0 && a[a.length - 1] === null) a.pop();
    return JSON.stringify(a);
  }
  return JSON.stringify(v);
}

/**
 * The canonical printed result: for unordered compares the (inner, then outer) elements are sorted
 * by their JSON; a design test's (checked) calls type its results, so they come with `input`.
 */
export function encodeResult(sig: Signature, v: unknown, input?: Record<string, unknown>): string {
  if (isSql(sig)) return encodeResultSet(v as SqlResultSet).trimEnd();
  if (!isDesign(sig)) return canonicalize(sig.compare, sig.returns, v);
  if (!input) throw new Error("a design test's results are typed by its calls: pass its input");
  return encodeResults(sig, input, v as unknown[], encodeValue);
}

/** Why `output` is not what the test's (checked) input returns, or null when it is. */
export function checkOutput(sig: Signature, input: Record<string, unknown>, output: unknown): string | null {
  if (isSql(sig)) return checkResultSet(output);
  return isDesign(sig) ? checkResults(sig, input, output) : checkValue(sig.returns, output, "output");
}

/** The names a test's input is given by: the parameters, or a design test's operations and arguments. */
export function inputNames(sig: Signature): readonly string[] {
  return inputFields(sig).map((f) => f.name);
}

function canonicalize(mode: CompareMode, type: ValueType, v: unknown): string {
  if (mode === "exact") return encodeValue(type, v);
  const elems = (v as unknown[]).map((e) =>
    mode === "unordered-deep" ? sortedJson((e as unknown[]).map((x) => JSON.stringify(x))) : JSON.stringify(e),
  );
  return sortedJson(elems);
}

/** `[a,b,…]` of already-encoded elements in code-unit order (= byte order: output is ASCII). */
function sortedJson(parts: string[]): string {
  return `[${parts.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).join(",")}]`;
}

/** A test's stdin (checked): each parameter's canonical JSON on its own line, in signature order; a design test's operations and arguments. */
export function encodeInput(sig: Signature, args: Record<string, unknown>): string {
  if (isDesign(sig)) return encodeCalls(sig, args, encodeValue);
  if (isSql(sig)) return datasetSql(sig, args);
  return sig.params.map((p) => encodeValue(p.type, args[p.name])).join("\n") + "\n";
}

/** Checks named arguments against the signature: exactly its parameters, each of its type (a design test: calls the class has). */
export function checkArgs(sig: Signature, args: Record<string, unknown>): string | null {
  if (isSql(sig)) return checkDataset(sig, args);
  return isDesign(sig) ? checkCalls(sig, args) : checkParams(sig, args);
}

function checkParams(sig: FunctionSignature, args: Record<string, unknown>): string | null {
  for (const k of Object.keys(args)) {
    if (!sig.params.some((p) => p.name === k)) return `unknown parameter "${k}"`;
  }
  for (const p of sig.params) {
    if (!(p.name in args)) return `missing parameter "${p.name}"`;
    const e = checkValue(p.type, args[p.name], p.name);
    if (e) return e;
  }
  return null;
}

/** Parses a stdin back into named arguments (for display). Null when it does not fit the signature. */
export function decodeInput(sig: Signature, stdin: string): Record<string, unknown> | null {
  if (isSql(sig)) return null;
  const lines = stdin.split("\n").filter((l) => l.trim() !== "");
  const names = inputNames(sig);
  if (lines.length !== names.length) return null;
  try {
    return Object.fromEntries(names.map((name, i) => [name, JSON.parse(lines[i])]));
  } catch {
    return null;
  }
}

/** `name = value` lines, each value cut to `max` characters. */
export function displayInput(sig: Signature, stdin: string, max = 2000): string {
  // An SQL test's stdin is its dataset's SQL: shown as its INSERTs.
  if (isSql(sig)) return cut(stdin.split("\n").filter((l) => l.startsWith("INSERT ")).join("\n"), max);
  const lines = stdin.split("\n").filter((l) => l.trim() !== "");
  return inputNames(sig).map((name, i) => `${name} = ${cut(lines[i] ?? "", max)}`).join("\n");
}

export function cut(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max)}… (${s.length - max} more characters)` : s;
}

/** Like `cut`, but the result (marker included) is at most `maxBytes` of UTF-8. */
export function cutBytes(s: string, maxBytes: number): string {
  const bytes = new TextEncoder().encode(s);
  if (bytes.length <= maxBytes) return s;
  const marker = `… (${bytes.length} bytes in all)`;
  // fatal: false drops a multi-byte character cut in half
  const head = new TextDecoder("utf-8", { fatal: false }).decode(bytes.subarray(0, maxBytes - new TextEncoder().encode(marker).length));
  return head.replace(/\uFFFD$/, "") + marker;
}
