/**
 * SQL problems' judge, pure parts: the dataset's SQL, quote-mode result sets (written and read
 * back), the comparison by the rules of sql-format.md, and the candidate's line numbers.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SignatureSchema, type SqlResultSet, type SqlSignature } from "../../contracts/problems";
import { compareResultSets, sameSqlOutput } from "../../contracts/sql-results";
import { checkDataset, datasetSql, sqlLiteral } from "./dataset";
import { encodeResultSet, parseQuoteOutput, QuoteParseError } from "./result-set";
import { candidateLines, sqlFiles } from "./run";
import { sqlVerdict } from "./verdict";

const SIG = SignatureSchema.parse({
  kind: "sql",
  order: "any",
  tables: [
    { name: "Employee", columns: [
      { name: "id", type: "INTEGER", primaryKey: true },
      { name: "name", type: "TEXT" },
      { name: "salary", type: "REAL" },
      { name: "managerId", type: "INTEGER", nullable: true },
    ] },
    { name: "Dept", columns: [{ name: "id", type: "INTEGER", primaryKey: true }, { name: "title", type: "TEXT", nullable: true }] },
  ],
}) as SqlSignature;

const ROWS = { Employee: [[1, "Joe", 70000, 3], [2, "O'Brien", 80000.5, null], [3, "two\nlines", 1e-7, 1]], Dept: [] };

describe("the signature", () => {
  it("accepts an SQL signature beside function and design ones, and refuses bad names and duplicate tables", () => {
    expect(SIG.kind).toBe("sql");
    expect(SignatureSchema.safeParse({ kind: "sql", order: "any", tables: [{ name: "1x", columns: [{ name: "a", type: "TEXT" }] }] }).success).toBe(false);
    expect(SignatureSchema.safeParse({ kind: "sql", order: "sorted", tables: [{ name: "T", columns: [{ name: "a", type: "TEXT" }] }] }).success).toBe(false);
    expect(SignatureSchema.safeParse({ kind: "sql", order: "any", tables: [{ name: "T", columns: [{ name: "a", type: "TEXT" }] }, { name: "t", columns: [{ name: "a", type: "TEXT" }] }] }).success).toBe(false);
    expect(SignatureSchema.safeParse({ kind: "sql", order: "any", tables: [{ name: "T", columns: [{ name: "a", type: "DATE" }] }] }).success).toBe(false);
  });
});

describe("the dataset", () => {
  it("checks every table's rows against its columns", () => {
    expect(checkDataset(SIG, ROWS)).toBeNull();
    expect(checkDataset(SIG, { Employee: [] })).toMatch(/Dept: expected an array of rows/);
    expect(checkDataset(SIG, { ...ROWS, Other: [] })).toMatch(/unknown table "Other"/);
    expect(checkDataset(SIG, { ...ROWS, Employee: [[1, "Joe", 1, 3, 4]] })).toMatch(/row 1: expected 4 values/);
    expect(checkDataset(SIG, { ...ROWS, Employee: [[1, null, 1, 3]] })).toMatch(/name: NULL in a column that is not nullable/);
    expect(checkDataset(SIG, { ...ROWS, Employee: [[1.5, "a", 1, 3]] })).toMatch(/id: expected an integer/);
    expect(checkDataset(SIG, { ...ROWS, Employee: [[1, 2, 1, 3]] })).toMatch(/name: expected text/);
    expect(checkDataset(SIG, { ...ROWS, Employee: [[1, "a", "1", 3]] })).toMatch(/salary: expected a number/);
    expect(checkDataset(SIG, { ...ROWS, Employee: [[1, "a", 1, 3], [1, "b", 2, 3]] })).toMatch(/row 2: primary key \[1\] repeats/);
  });

  it("writes literals SQLite reads back: NULL, numbers, text with doubled quotes", () => {
    expect([null, 12, -1.5, 1e21, 1e-7, "it's", ""].map(sqlLiteral)).toEqual(["NULL", "12", "-1.5", "1e+21", "1e-7", "'it''s'", "''"]);
  });

  it("is CREATE TABLEs and INSERTs in one transaction", () => {
    const sql = datasetSql(SIG, ROWS);
    expect(sql).toBe([
      "BEGIN;",
      "CREATE TABLE Employee (id INTEGER PRIMARY KEY NOT NULL, name TEXT NOT NULL, salary REAL NOT NULL, managerId INTEGER);",
      "CREATE TABLE Dept (id INTEGER PRIMARY KEY NOT NULL, title TEXT);",
      "INSERT INTO Employee VALUES (1, 'Joe', 70000, 3);",
      "INSERT INTO Employee VALUES (2, 'O''Brien', 80000.5, NULL);",
      "INSERT INTO Employee VALUES (3, 'two\nlines', 1e-7, 1);",
      "COMMIT;",
      "",
    ].join("\n"));
  });
});

const RS: SqlResultSet = { columns: ["name", "total"], rows: [["it's", 2], [null, 1.5], ["a\nb", null], ["NULL", 0]] };

describe("quote-mode result sets", () => {
  it("are written as SQLite prints them, and read back, quotes, newlines and NULL included", () => {
    const text = encodeResultSet(RS);
    expect(text).toBe("'name','total'\n'it''s',2\nNULL,1.5\n'a\nb',NULL\n'NULL',0\n");
    expect(parseQuoteOutput(text)).toEqual(RS);
    expect(parseQuoteOutput("")).toEqual({ columns: [], rows: [] });
    expect(encodeResultSet({ columns: ["a"], rows: [] })).toBe("");
    expect(parseQuoteOutput("'x'\n2.0\n1.0e+20\n-3\n")).toEqual({ columns: ["x"], rows: [[2], [1e20], [-3]] });
  });

  it("refuses what is not a result set", () => {
    expect(() => parseQuoteOutput("'a','b'\n1\n")).toThrow(QuoteParseError);
    expect(() => parseQuoteOutput("'a\n1\n")).toThrow(QuoteParseError);
    expect(() => parseQuoteOutput("1,2\n")).toThrow(/column names/);
    expect(() => parseQuoteOutput("'a'\nhello\n")).toThrow(/not an SQL literal/);
  });

  it.skipIf(!existsSync("/usr/bin/sqlite3"))("parse what sqlite3 itself prints in quote mode", () => {
    const out = execFileSync("/usr/bin/sqlite3", ["-safe", "-batch", "-header", ":memory:"], {
      input: `${datasetSql(SIG, ROWS)}.mode quote\nSELECT name, salary AS pay, managerId FROM Employee ORDER BY id;\n`,
    }).toString();
    expect(parseQuoteOutput(out)).toEqual({ columns: ["name", "pay", "managerId"], rows: [["Joe", 70000, 3], ["O'Brien", 80000.5, null], ["two\nlines", 1e-7, 1]] });
  });
});

describe("comparing result sets", () => {
  const E: SqlResultSet = { columns: ["name", "total"], rows: [["a", 1], ["b", 2], ["b", 2]] };

  it("'any' compares the rows as a multiset; 'ordered' row by row", () => {
    const shuffled = { columns: E.columns, rows: [["b", 2], ["a", 1], ["b", 2]] };
    expect(compareResultSets(E, shuffled, "any")).toBeNull();
    expect(compareResultSets(E, shuffled, "ordered")?.message).toBe("row 1, column name: got 'b', expected 'a' (the expected row is there, in another place: the order is judged)");
    expect(compareResultSets(E, E, "ordered")).toBeNull();
  });

  it("counts duplicates, and says which row is extra or missing", () => {
    expect(compareResultSets(E, { columns: E.columns, rows: [["a", 1], ["b", 2]] }, "any")?.message).toBe("expected 3 rows, got 2: missing ('b', 2)");
    expect(compareResultSets(E, { columns: E.columns, rows: [["a", 1], ["b", 2], ["b", 2], ["a", 1]] }, "any")?.message).toBe("row 4 ('a', 1) appears more often than expected");
    expect(compareResultSets(E, { columns: E.columns, rows: [["a", 1], ["b", 2], ["c", 2]] }, "any")).toMatchObject({ message: "row 3 ('c', 2) is not in the expected result", row: 2 });
  });

  it("numbers within 1e-5, 2 = 2.0; NULL only equals NULL, not 'NULL'; a number never equals text", () => {
    const one = (v: number | string | null): SqlResultSet => ({ columns: ["x"], rows: [[v]] });
    expect(compareResultSets(one(2), one(2.0), "ordered")).toBeNull();
    expect(compareResultSets(one(1 / 3), one(0.333333), "ordered")).toBeNull();
    expect(compareResultSets(one(1e9), one(1e9 + 1), "ordered")).toBeNull(); // relative
    expect(compareResultSets(one(0.5), one(0.5001), "ordered")).not.toBeNull();
    expect(compareResultSets(one(null), one("NULL"), "ordered")?.message).toBe("row 1, column x: got 'NULL', expected NULL");
    expect(compareResultSets(one(null), one(0), "ordered")).not.toBeNull();
    expect(compareResultSets(one(2), one("2"), "ordered")).not.toBeNull();
    expect(compareResultSets(one(null), one(null), "any")).toBeNull();
  });

  it("checks the columns' names and count, in order", () => {
    expect(compareResultSets(E, { columns: ["name", "totalSalary"], rows: E.rows }, "any")).toMatchObject({ message: "column 2 is named totalSalary, expected total", column: 1 });
    expect(compareResultSets(E, { columns: ["total", "name"], rows: E.rows.map(([a, b]) => [b, a]) }, "any")?.message).toBe("column 1 is named total, expected name");
    expect(compareResultSets(E, { columns: ["name"], rows: [["a"]] }, "any")?.message).toBe("expected 2 columns (name, total), got 1 (name)");
  });

  it("an empty expected result wants no rows (SQLite prints no header for one)", () => {
    const none = { columns: [], rows: [] };
    expect(compareResultSets({ columns: ["x"], rows: [] }, none, "any")).toBeNull();
    expect(compareResultSets({ columns: ["x"], rows: [] }, { columns: ["x"], rows: [[1]] }, "any")?.message).toBe("expected no rows, got 1");
    expect(compareResultSets(E, none, "any")?.message).toBe("expected 3 rows, got none");
  });
});

describe("the run", () => {
  it("main.sql is `.mode quote` and the query; SQLite's lines become the candidate's", () => {
    expect(sqlFiles("SELECT 1;")).toEqual([{ name: "main.sql", content: ".mode quote\nSELECT 1;" }]);
    expect(candidateLines('Parse error near line 3: near "FROM": syntax error\n  SELECT x FROM;\n')).toBe('Parse error near line 2: near "FROM": syntax error\n  SELECT x FROM;\n');
    expect(candidateLines("Runtime error near line 2: division by zero\nline 5: cannot use the readfile() function in safe mode\n")).toBe("Runtime error near line 1: division by zero\nline 4: cannot use the readfile() function in safe mode\n");
  });

  it("a WA carries both tables and the first difference; the runner's verdict stands", () => {
    const expected = encodeResultSet({ columns: ["n"], rows: [[1], [2]] });
    expect(sqlVerdict(SIG, "AC", expected, "'n'\n2\n1.0")).toEqual({ verdict: "AC" });
    expect(sqlVerdict(SIG, "WA", expected, "'n'\n2\n1.0")).toMatchObject({ verdict: "WA", resultSets: { difference: "the result differs past the part of it shown" } });
    expect(sqlVerdict({ ...SIG, order: "ordered" }, "WA", expected, "'n'\n2\n1")).toMatchObject({ verdict: "WA", resultSets: { difference: expect.stringMatching(/^row 1, column n: got 2, expected 1/), row: 0, column: 0 } });
    expect(sqlVerdict(SIG, "WA", expected, "garbage")).toMatchObject({ verdict: "WA", resultSets: { actual: null } });
    expect(sqlVerdict(SIG, "RE", expected, "")).toEqual({ verdict: "RE" });
  });
});

describe("the runner's comparison", () => {
  it("sameSqlOutput: the rules over whole outputs; what is no result set is not equal", () => {
    const expected = encodeResultSet({ columns: ["n", "s"], rows: [[1, "a"], [2, null]] });
    expect(sameSqlOutput("'n','s'\n2.0,NULL\n1,'a'\n", expected, "any")).toBe(true);
    expect(sameSqlOutput("'n','s'\n2.0,NULL\n1,'a'\n", expected, "ordered")).toBe(false);
    expect(sameSqlOutput("'n','s'\n1,'a'\n2,'NULL'\n", expected, "any")).toBe(false);
    expect(sameSqlOutput("'n','s\n", expected, "any")).toBe(false);
    expect(sameSqlOutput("", "", "any")).toBe(true);
  });
});
