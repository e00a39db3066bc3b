/**
 * An SQL test's wrong answer explained: the runner judged the whole output by the rules (the
 * request's `compare`), and the judge reads what the test event shows of it (8 KiB at most) to give
 * the candidate both result sets and the first difference. A WA that the part shown does not
 * explain (a result cut short) says so; the part shown never turns the runner's WA into AC.
 */
import type { SqlResultSet, SqlSignature, TestOutcome } from "../../contracts/problems";
import type { TestVerdict } from "../../contracts/runner";
import { compareResultSets } from "../../contracts/sql-results";
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
  const diff = compareResultSets(want, got, sig.order) ?? { message: "the result differs past the part of it shown" };
  return { verdict, resultSets: { expected: want, actual: got, difference: diff.message, ...(diff.row !== undefined ? { row: diff.row } : {}), ...(diff.column !== undefined ? { column: diff.column } : {}) } };
}
