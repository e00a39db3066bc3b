/**
 * Comparing printed results where the runner's exact stdout match is not the whole story:
 * doubles (within FLOAT_TOLERANCE, absolute or relative). Unordered results need nothing here:
 * every harness prints them sorted, so they compare exactly.
 */
import { FLOAT_TOLERANCE, isDesign, isSql, type Signature } from "../contracts/problems";
import { designHasFloats } from "./design-io";

export function hasFloats(sig: Signature): boolean {
  if (isDesign(sig)) return designHasFloats(sig);
  if (isSql(sig)) return false; // result sets are compared by judge/sql/compare.ts
  return sig.returns === "double" || sig.returns === "double[]";
}

/** Whether two printed JSON results are equal up to the float tolerance. */
export function sameWithinTolerance(actual: string, expected: string, tolerance = FLOAT_TOLERANCE): boolean {
  let a: unknown, e: unknown;
  try {
    a = JSON.parse(actual.trim());
    e = JSON.parse(expected.trim());
  } catch {
    return false;
  }
  return close(a, e, tolerance);
}

/** Whether two parsed JSON values are equal up to the float tolerance. */
export function close(a: unknown, e: unknown, tol = FLOAT_TOLERANCE): boolean {
  if (typeof a === "number" && typeof e === "number") return Math.abs(a - e) <= tol * Math.max(1, Math.abs(e));
  if (Array.isArray(a) && Array.isArray(e)) return a.length === e.length && a.every((x, i) => close(x, e[i], tol));
  return a === e;
}
