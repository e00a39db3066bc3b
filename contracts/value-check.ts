/**
 * Whether a JSON value is of a signature's value type (contracts/problems.ts ValueType): the judge
 * checks custom cases with it, the web's test-case panel each field as it is typed. Pure.
 *
 *   int      32-bit signed integer          long     safe integer (|x| ≤ 2^53 − 1, JavaScript's limit)
 *   double   finite number                  bool     true | false
 *   string   printable ASCII (0x20–0x7e)    T[]      array of T; int[][], string[][] arrays of arrays
 *   TreeNode level-order array of int|null ([] = empty)    ListNode array of int ([] = empty)
 */
import { isDesign, isSql, type Signature, type ValueType } from "./problems";

const INT_MIN = -(2 ** 31);
const INT_MAX = 2 ** 31 - 1;

/** Why `v` is not a `type` (with a JSON path), or null when it is. */
export function checkValue(type: ValueType, v: unknown, path = "value"): string | null {
  const fail = (what: string) => `${path}: expected ${what}, got ${short(v)}`;
  switch (type) {
    case "int":
      return Number.isInteger(v) && (v as number) >= INT_MIN && (v as number) <= INT_MAX ? null : fail("a 32-bit int");
    case "long":
      return Number.isSafeInteger(v) ? null : fail("an integer within ±(2^53 − 1)");
    case "double":
      return typeof v === "number" && Number.isFinite(v) ? null : fail("a finite number");
    case "bool":
      return typeof v === "boolean" ? null : fail("true or false");
    case "string":
      return typeof v === "string" && /^[\x20-\x7e]*$/.test(v) ? null : fail("a string of printable ASCII");
    case "int[]":
    case "double[]":
    case "string[]":
    case "int[][]":
    case "string[][]":
    case "ListNode": {
      if (!Array.isArray(v)) return fail(`an array (${type})`);
      const inner = (type === "ListNode" ? "int" : type.slice(0, -2)) as ValueType;
      for (let i = 0; i < v.length; i++) {
        const e = checkValue(inner, v[i], `${path}[${i}]`);
        if (e) return e;
      }
      return null;
    }
    case "TreeNode":
      return checkTree(v, path);
  }
}

function checkTree(v: unknown, path: string): string | null {
  if (!Array.isArray(v)) return `${path}: expected a level-order tree array, got ${short(v)}`;
  if (v.length > 0 && v[0] === null) return `${path}: a tree's root may not be null (use [] for an empty tree)`;
  let slots = v.length > 0 ? 1 : 0; // positions that may hold a node (children of non-null nodes so far)
  for (let i = 0; i < v.length; i++) {
    if (i >= slots) return `${path}[${i}]: no parent for this node (a null's children are not listed)`;
    if (v[i] === null) continue;
    const e = checkValue("int", v[i], `${path}[${i}]`);
    if (e) return e;
    slots += 2;
  }
  return null;
}

function short(v: unknown): string {
  const s = v === undefined ? "nothing" : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** One input of a test as the test-case panel edits it: its name, the type it shows, and its check. */
export interface InputField {
  name: string;
  type: string;
  check(v: unknown): string | null;
}

/**
 * A test's inputs: the function's parameters, or a design test's `operations` (names) and
 * `arguments` (an array per call). How the two fit the class is checked where the run is built.
 */
export function inputFields(sig: Signature): InputField[] {
  if (isSql(sig)) return sig.tables.map((t) => ({ name: t.name, type: "rows", check: (v) => (Array.isArray(v) && v.every(Array.isArray) ? null : `${t.name}: expected an array of rows, got ${short(v)}`) }));
  if (!isDesign(sig)) return sig.params.map((p) => ({ name: p.name, type: p.type, check: (v) => checkValue(p.type, v, p.name) }));
  return [
    { name: "operations", type: "string[]", check: (v) => checkValue("string[]", v, "operations") },
    { name: "arguments", type: "any[][]", check: (v) => (Array.isArray(v) && v.every(Array.isArray) ? null : `arguments: expected an array of arrays, got ${short(v)}`) },
  ];
}
