/**
 * An SQL test's dataset (every table's rows, in column order) checked against the problem's tables,
 * and written as the SQL the runner's stdin carries: the CREATE TABLEs, then the INSERTs, in one
 * transaction (the database is a file in the run's /tmp: one commit, not one per row).
 */
import type { SqlColumn, SqlSignature, SqlValue } from "../../contracts/problems";
import { sqlLiteral } from "../../contracts/sql-results";

export { sqlLiteral };

/** Why `input` is not a dataset of the problem's tables (exactly its tables, rows of its columns' types), or null. */
export function checkDataset(sig: SqlSignature, input: Record<string, unknown>): string | null {
  for (const k of Object.keys(input)) if (!sig.tables.some((t) => t.name === k)) return `unknown table "${k}"`;
  for (const t of sig.tables) {
    const rows = input[t.name];
    if (!Array.isArray(rows)) return `${t.name}: expected an array of rows, got ${short(rows)}`;
    for (const [i, row] of rows.entries()) {
      if (!Array.isArray(row) || row.length !== t.columns.length) return `${t.name} row ${i + 1}: expected ${t.columns.length} values (${t.columns.map((c) => c.name).join(", ")}), got ${short(row)}`;
      for (const [j, c] of t.columns.entries()) {
        const e = checkCell(c, row[j]);
        if (e) return `${t.name} row ${i + 1}, ${c.name}: ${e}`;
      }
    }
    const keys = t.columns.flatMap((c, j) => (c.primaryKey ? [j] : []));
    if (keys.length > 0) {
      const seen = new Set<string>();
      for (const [i, row] of (rows as SqlValue[][]).entries()) {
        const key = JSON.stringify(keys.map((j) => row[j]));
        if (seen.has(key)) return `${t.name} row ${i + 1}: primary key ${key} repeats`;
        seen.add(key);
      }
    }
  }
  return null;
}

function checkCell(c: SqlColumn, v: unknown): string | null {
  if (v === null) return c.nullable ? null : "NULL in a column that is not nullable";
  if (c.type === "TEXT") return typeof v === "string" ? null : `expected text, got ${short(v)}`;
  if (typeof v !== "number" || !Number.isFinite(v)) return `expected a number, got ${short(v)}`;
  if (c.type === "INTEGER" && !Number.isSafeInteger(v)) return `expected an integer, got ${v}`;
  return null;
}

const short = (v: unknown) => (JSON.stringify(v) ?? String(v)).slice(0, 60);

function columnSql(c: SqlColumn, singleKey: boolean): string {
  return `${c.name} ${c.type}${singleKey && c.primaryKey ? " PRIMARY KEY" : ""}${c.nullable ? "" : " NOT NULL"}`;
}

/** The CREATE TABLE of every table of the signature (what the statement shows, too). */
export function schemaSql(sig: SqlSignature): string {
  return sig.tables
    .map((t) => {
      const keys = t.columns.filter((c) => c.primaryKey);
      const cols = t.columns.map((c) => columnSql(c, keys.length === 1));
      if (keys.length > 1) cols.push(`PRIMARY KEY (${keys.map((c) => c.name).join(", ")})`);
      return `CREATE TABLE ${t.name} (${cols.join(", ")});\n`;
    })
    .join("");
}

/** A checked dataset as the SQL that makes it: the tables, then an INSERT a row, in one transaction. */
export function datasetSql(sig: SqlSignature, input: Record<string, unknown>): string {
  const inserts = sig.tables.flatMap((t) => ((input[t.name] ?? []) as SqlValue[][]).map((row) => `INSERT INTO ${t.name} VALUES (${row.map(sqlLiteral).join(", ")});\n`));
  return `BEGIN;\n${schemaSql(sig)}${inserts.join("")}COMMIT;\n`;
}
