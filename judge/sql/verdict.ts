/**
 * An SQL test's verdict beyond the runner's exact match: a WA whose result set equals the expected
 * one by the rules (row order for "any", 2 = 2.0, numeric tolerance) is AC; a real WA carries both
 * result sets and the first difference, for the tables the candidate sees.
 */
import type { SqlResultSet, SqlSignature, TestOutcome } from "../../contracts/problems";
import type { TestVerdict } from "../../contracts/runner";
import { compareResultSets } from "./compare";
import { parseQuoteOutput, QuoteParseError } from "./result-set";

export function sqlVerdict(sig: SqlSignature, verdict: TestVerdict, expected: string, printed: string): { verdict: TestVerdict; resultSets?: TestOutcome["resultSets"] } {
  if (verdict !== "WA") return { verdict };
  const want = parseQuoteOutput(expected);
  let got: SqlResultSet;
  try {
    got = parseQuoteOutput(printed);
  } catch (e) {
    if (!(e instanceof QuoteParseError)) throw e;
    return { verdict, resultSets: { expected: want, actual: null, difference: `the output is not a result set: ${e.message}` } };
  }
  const diff = compareResultSets(want, got, sig.order);
  if (!diff) return { verdict: "AC" };
  return { verdict, resultSets: { expected: want, actual: got, difference: diff.message, ...(diff.row !== undefined ? { row: diff.row } : {}), ...(diff.column !== undefined ? { column: diff.column } : {}) } };
}
