/**
 * Comparing a query's result set with the expected one, by the rules of SQL problems: the column
 * names and their count in order; the rows in order ("ordered") or as a multiset ("any"); NULL
 * equals only NULL, numbers within FLOAT_TOLERANCE (absolute or relative; 2 = 2.0), text exactly,
 * a number never text. An expected result without rows needs none (SQLite prints no header then).
 */
import { FLOAT_TOLERANCE, type SqlResultSet, type SqlValue } from "../../contracts/problems";

export type SqlOrder = "any" | "ordered";

/** What differs, for the candidate: the first differing row and column named where there is one. */
export interface ResultDifference {
  message: string;
  /** 0-based, in the candidate's rows. */
  row?: number;
  column?: number;
}

export function sameValue(a: SqlValue, e: SqlValue, tol = FLOAT_TOLERANCE): boolean {
  if (a === null || e === null) return a === e;
  if (typeof a === "number" && typeof e === "number") return Math.abs(a - e) <= tol * Math.max(1, Math.abs(e));
  return a === e;
}

const sameRow = (a: SqlValue[], e: SqlValue[]) => a.length === e.length && a.every((v, i) => sameValue(v, e[i]));

const show = (v: SqlValue) => (v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`);

/** null when `actual` is accepted for `expected`; else what differs. */
export function compareResultSets(expected: SqlResultSet, actual: SqlResultSet, order: SqlOrder): ResultDifference | null {
  if (expected.rows.length === 0) return actual.rows.length === 0 ? null : { message: `expected no rows, got ${actual.rows.length}` };
  if (actual.rows.length === 0) return { message: `expected ${expected.rows.length} row${expected.rows.length === 1 ? "" : "s"}, got none` };
  if (actual.columns.length !== expected.columns.length) {
    return { message: `expected ${expected.columns.length} column${expected.columns.length === 1 ? "" : "s"} (${expected.columns.join(", ")}), got ${actual.columns.length} (${actual.columns.join(", ")})` };
  }
  for (const [i, name] of expected.columns.entries()) {
    if (actual.columns[i] !== name) return { message: `column ${i + 1} is named ${actual.columns[i]}, expected ${name}`, column: i };
  }
  if (order === "ordered") {
    for (const [i, e] of expected.rows.entries()) {
      const a = actual.rows[i];
      if (!a) return { message: `expected ${expected.rows.length} rows, got ${actual.rows.length}`, row: i };
      const j = e.findIndex((v, k) => !sameValue(a[k], v));
      if (j >= 0) {
        const elsewhere = actual.rows.some((r) => sameRow(r, e));
        return { message: `row ${i + 1}, column ${expected.columns[j]}: got ${show(a[j])}, expected ${show(e[j])}${elsewhere ? " (the expected row is there, in another place: the order is judged)" : ""}`, row: i, column: j };
      }
    }
    if (actual.rows.length > expected.rows.length) return { message: `expected ${expected.rows.length} rows, got ${actual.rows.length}`, row: expected.rows.length };
    return null;
  }
  // "any": match each actual row to an unused expected row (sorted first, so equal rows meet).
  const used = new Array<boolean>(expected.rows.length).fill(false);
  for (const [i, a] of actual.rows.entries()) {
    const j = expected.rows.findIndex((e, k) => !used[k] && sameRow(a, e));
    if (j < 0) {
      const extra = actual.rows.length > expected.rows.length && expected.rows.some((e) => sameRow(a, e));
      return { message: extra ? `row ${i + 1} (${a.map(show).join(", ")}) appears more often than expected` : `row ${i + 1} (${a.map(show).join(", ")}) is not in the expected result`, row: i };
    }
    used[j] = true;
  }
  const missing = used.indexOf(false);
  if (missing >= 0) return { message: `expected ${expected.rows.length} rows, got ${actual.rows.length}: missing (${expected.rows[missing].map(show).join(", ")})` };
  return null;
}
