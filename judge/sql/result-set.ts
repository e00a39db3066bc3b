/**
 * Result sets in SQLite's quote mode (`.mode quote` with headers): a line of the column names as
 * SQL strings, then a line a row of SQL literals (NULL, 12, 1.5, 1.0e+20, 'it''s'; a text's
 * newlines are printed as they are, inside its quotes). SQLite prints nothing, not even the header,
 * for a result without rows. The judge's expected output is this text, so an exact match is AC.
 */
import type { SqlResultSet, SqlValue } from "../../contracts/problems";
import { sqlLiteral } from "./dataset";

/** Why `output` is not a result set ({columns, rows}, each row as many values as columns), or null. */
export function checkResultSet(output: unknown): string | null {
  if (typeof output !== "object" || output === null || Array.isArray(output)) return "output: expected {columns, rows}";
  const { columns, rows, ...rest } = output as Record<string, unknown>;
  if (Object.keys(rest).length > 0) return `output: unknown field "${Object.keys(rest)[0]}"`;
  if (!Array.isArray(columns) || columns.length === 0 || !columns.every((c) => typeof c === "string" && c !== "")) return "output.columns: expected the column names";
  if (!Array.isArray(rows)) return "output.rows: expected an array of rows";
  for (const [i, r] of rows.entries()) {
    if (!Array.isArray(r) || r.length !== columns.length) return `output row ${i + 1}: expected ${columns.length} values`;
    if (!r.every((v) => v === null || typeof v === "string" || (typeof v === "number" && Number.isFinite(v)))) return `output row ${i + 1}: values are numbers, text or null`;
  }
  return null;
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
