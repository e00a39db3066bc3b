/**
 * SQL result sets as SQLite prints them in quote mode (`.mode quote` with headers), and their
 * comparison by the rules of SQL problems. Pure and shared: the judge writes the expected text and
 * explains a wrong answer with it; the runner (contracts/runner.ts `compare`) judges each test's
 * whole output with it, not only the excerpt a test event carries.
 *
 * Quote mode: a line of the column names as SQL strings, then a line a row of SQL literals (NULL,
 * 12, 1.5, 1.0e+20, 'it''s'; a text's newlines printed as they are, inside its quotes). SQLite
 * prints nothing, not even the header, for a result without rows.
 *
 * The rules: the column names and their count, in order; the rows in order ("ordered") or as a
 * multiset ("any"); NULL equals only NULL, numbers within FLOAT_TOLERANCE (absolute or relative;
 * 2 = 2.0), text exactly, a number never text. An expected result without rows needs none.
 */
import { FLOAT_TOLERANCE, type SqlResultSet, type SqlValue } from "./problems";

/** A value as an SQL literal: NULL, a number, or text with its quotes doubled. */
export function sqlLiteral(v: SqlValue): string {
  if (v === null) return "NULL";
  if (typeof v === "number") return String(v); // 2, 1.5, 1e+21: SQLite reads each
  return `'${v.replaceAll("'", "''")}'`;
}

/** The quote-mode text of a result set (what SQLite prints for it, up to how it writes reals). */
export function encodeResultSet(rs: SqlResultSet): string {
  if (rs.rows.length === 0) return "";
  return [rs.columns.map((c) => sqlLiteral(c)).join(","), ...rs.rows.map((r) => r.map(sqlLiteral).join(","))].join("\n") + "\n";
}

export class QuoteParseError extends Error {}

/** Parses quote-mode output back into a result set; "" is a result without rows (and without column names). */
export function parseQuoteOutput(text: string): SqlResultSet {
  const p = new Reader(text.replace(/\r\n/g, "\n"));
  const lines: SqlValue[][] = [];
  while (!p.done()) {
    const line = p.line();
    if (line) lines.push(line);
  }
  if (lines.length === 0) return { columns: [], rows: [] };
  const [header, ...rows] = lines;
  if (!header.every((c): c is string => typeof c === "string")) throw new QuoteParseError("the first line is not the column names");
  for (const [i, r] of rows.entries()) if (r.length !== header.length) throw new QuoteParseError(`row ${i + 1} has ${r.length} values, the header ${header.length}`);
  return { columns: header, rows };
}

class Reader {
  #i = 0;
  constructor(readonly s: string) {}

  done(): boolean {
    return this.#i >= this.s.length;
  }

  /** One line's values; null for a blank line. */
  line(): SqlValue[] | null {
    const s = this.s;
    if (s[this.#i] === "\n") {
      this.#i++;
      return null;
    }
    const values: SqlValue[] = [];
    for (;;) {
      values.push(this.value());
      if (this.#i >= s.length || s[this.#i] === "\n") {
        this.#i++;
        return values;
      }
      if (s[this.#i] !== ",") throw new QuoteParseError(`unexpected ${JSON.stringify(s[this.#i])} at offset ${this.#i}`);
      this.#i++;
    }
  }

  value(): SqlValue {
    const s = this.s;
    if (s[this.#i] === "'") {
      let out = "";
      let j = this.#i + 1;
      for (;;) {
        const q = s.indexOf("'", j);
        if (q < 0) throw new QuoteParseError("a text value is not closed");
        out += s.slice(j, q);
        if (s[q + 1] === "'") {
          out += "'";
          j = q + 2;
        } else {
          this.#i = q + 1;
          return out;
        }
      }
    }
    let j = this.#i;
    while (j < s.length && s[j] !== "," && s[j] !== "\n") j++;
    const word = s.slice(this.#i, j);
    this.#i = j;
    if (word === "NULL") return null;
    if (/^X'[0-9A-Fa-f]*'$/.test(word)) return word; // a blob: compared as its literal
    const n = Number(word);
    if (word === "" || !Number.isFinite(n)) throw new QuoteParseError(`not an SQL literal: ${word.slice(0, 40)}`);
    return n;
  }
}

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

/** Whether a run's quote-mode output is the expected one by the rules (output that is no result set is not). */
export function sameSqlOutput(actual: string, expected: string, order: SqlOrder): boolean {
  try {
    return compareResultSets(parseQuoteOutput(expected), parseQuoteOutput(actual), order) === null;
  } catch (e) {
    if (e instanceof QuoteParseError) return false;
    throw e;
  }
}
