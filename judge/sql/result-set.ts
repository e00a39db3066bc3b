/**
 * An SQL test's expected result set, checked where a problem is loaded; writing, reading and
 * comparing result sets is the contract's (contracts/sql-results.ts), which the runner shares.
 */
export { encodeResultSet, parseQuoteOutput, QuoteParseError } from "../../contracts/sql-results";

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

