/**
 * What every language's harness provides. A harness file = prelude (imports, TreeNode/ListNode)
 * + the candidate's code + a driver generated from the signature that reads one test's typed
 * input (one JSON value a line on stdin), calls the function once with the candidate's prints
 * sent to stderr, and prints the result as one canonical JSON line (sorted for unordered results).
 */
import type { Signature, ValueType } from "../../contracts/problems";

export interface Harness {
  /** The code a candidate starts from: the function (or class) with a default return. */
  starter(sig: Signature): string;
  /** The program the runner gets: prelude + code + driver. */
  assemble(sig: Signature, code: string): string;
}

export const NEEDS_TREE = (sig: Signature) => [sig.returns, ...sig.params.map((p) => p.type)].includes("TreeNode");
export const NEEDS_LIST = (sig: Signature) => [sig.returns, ...sig.params.map((p) => p.type)].includes("ListNode");

/** lowerCamelCase → snake_case (Rust names). */
export function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/([a-z])([0-9])/g, "$1_$2");
}

export function capitalize(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}

/** Whether the result's elements are sorted by their JSON before printing (0: no, 1: outer, 2: inner and outer). */
export function sortDepth(sig: Signature): 0 | 1 | 2 {
  return sig.compare === "exact" ? 0 : sig.compare === "unordered" ? 1 : 2;
}

export function isArray(t: ValueType): boolean {
  return t.endsWith("[]");
}
