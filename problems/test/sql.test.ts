/**
 * SQL problems on the real runner (sqlite3 -safe in the sandbox), with a fixture problem compiled
 * here: a correct query Accepted (two ways), a wrong join Wrong Answer with both result sets, the
 * order judged by the problem's rule, a syntax error reported on the candidate's line, a DROP TABLE
 * that changes nothing for the next test, and files out of reach.
 */
import { describe, expect, it } from "vitest";
import { compileProblem, type ProblemRecord } from "../../judge/index";
import { allCases, checkReference, checkStarter, checkWrong, exampleCases } from "../lib/prove";
import { judge } from "../lib/runner";
import { target } from "./helpers";

const TABLES = [
  { name: "Employee", columns: [{ name: "id", type: "INTEGER", primaryKey: true }, { name: "name", type: "TEXT" }, { name: "deptId", type: "INTEGER", nullable: true }] },
  { name: "Department", columns: [{ name: "id", type: "INTEGER", primaryKey: true }, { name: "title", type: "TEXT" }] },
];
const out = (rows: (string | null)[][]) => ({ columns: ["name", "title"], rows });
const example = {
  input: { Employee: [[1, "Ann", 1], [2, "Bob", null], [3, "Cy", 2]], Department: [[1, "Sales"], [2, "R&D"]] },
  output: out([["Ann", "Sales"], ["Bob", null], ["Cy", "R&D"]]),
};
const tests = [
  { input: { Employee: [], Department: [[1, "Sales"]] }, output: out([]) },
  { input: { Employee: [[5, "O'Hara", null], [4, "Dee", 9]], Department: [[9, "Ops"]] }, output: out([["Dee", "Ops"], ["O'Hara", null]]) },
  { input: { Employee: [[7, "Eve", 3], [6, "Fay", 3], [8, "Gus", null]], Department: [[3, "it's"]] }, output: out([["Eve", "it's"], ["Fay", "it's"], ["Gus", null]]) },
];
const SOLUTION = "SELECT e.name, d.title\nFROM Employee e\nLEFT JOIN Department d ON d.id = e.deptId\nORDER BY e.name;\n";
const ALT = "SELECT name, (SELECT title FROM Department d WHERE d.id = e.deptId) AS title\nFROM Employee e\nORDER BY 1;\n";
const INNER = "SELECT e.name, d.title\nFROM Employee e\nJOIN Department d ON d.id = e.deptId\nORDER BY e.name;\n";
const DESC = "SELECT e.name, d.title\nFROM Employee e\nLEFT JOIN Department d ON d.id = e.deptId\nORDER BY e.name DESC;\n";

function fixture(order: "any" | "ordered"): ProblemRecord {
  return compileProblem({
    slug: `sql-fixture-${order}`,
    dir: `problems/sql-fixture-${order}`,
    problemJson: { title: "Employees' Departments", difficulty: "easy", tags: ["sql", "joins"], signature: { kind: "sql", tables: TABLES, order }, examples: [example] },
    statement: "Every employee's name and department title (NULL without one), by name.",
    tests,
    reference: { sql: SOLUTION },
    alternatives: { "solution-alt.sql": ALT },
    wrong: { "inner-join.sql": INNER },
  });
}

const ANY = fixture("any");
const ORDERED = fixture("ordered");

describe.concurrent("SQL problems on the real runner", () => {
  it("loads as an SQL problem: judged in sql alone, its starter a runnable query", () => {
    expect(Object.keys(ANY.starter)).toEqual(["sql"]);
    expect(ANY.alternatives.map((a) => a.language)).toEqual(["sql"]);
    expect(ANY.examples[0].stdin).toContain("INSERT INTO Employee VALUES (2, 'Bob', NULL);");
    expect(ANY.examples[0].expected).toBe("'name','title'\n'Ann','Sales'\n'Bob',NULL\n'Cy','R&D'\n");
    expect(() => compileProblem({ ...sources(), wrong: { "x.py": "print(1)" } })).toThrow(/not judged in python/);
  });

  it("a correct query is Accepted, written either way; the starter runs (WA); the wrong join is refused", async () => {
    expect(await checkReference(target(), ANY, "sql")).toMatchObject({ ok: true });
    expect(await checkReference(target(), ANY, "sql", ALT)).toMatchObject({ ok: true });
    expect(await checkStarter(target(), ANY, "sql")).toMatchObject({ ok: true });
    expect(await checkWrong(target(), ANY, ANY.wrong[0])).toMatchObject({ ok: true });
  });

  it("a wrong join is Wrong Answer, with both result sets and the first difference", async () => {
    const r = await judge(target(), ANY, "sql", INNER, exampleCases(ANY), "run");
    expect(r.verdict).toBe("WA");
    expect(r.failure?.resultSets).toEqual({
      expected: { columns: ["name", "title"], rows: [["Ann", "Sales"], ["Bob", null], ["Cy", "R&D"]] },
      actual: { columns: ["name", "title"], rows: [["Ann", "Sales"], ["Cy", "R&D"]] },
      difference: "expected 3 rows, got 2: missing ('Bob', NULL)",
    });
  });

  it("the order is judged by the problem's rule: 'ordered' refuses another order, 'any' accepts it", async () => {
    const ordered = await judge(target(), ORDERED, "sql", DESC, allCases(ORDERED), "submit");
    expect(ordered.verdict).toBe("WA");
    expect(ordered.failure?.resultSets?.difference).toMatch(/^row 1, column name: got 'Cy', expected 'Ann' \(the expected row is there/);
    const any = await judge(target(), ANY, "sql", DESC, allCases(ANY), "submit");
    expect(any).toMatchObject({ verdict: "AC", passed: 4, total: 4 });
  });

  it("a syntax error is a runtime error naming the candidate's line (SQLite's: where the statement starts)", async () => {
    const r = await judge(target(), ANY, "sql", "-- employees and their departments\n\nSELECT e.name, d.title FROM Employee e LEFT JOIN Department d ON ORDER BY e.name;\n", exampleCases(ANY), "run");
    expect(r.verdict).toBe("RE");
    expect(r.failure?.stdout).toMatch(/^Parse error near line 3: near "ORDER": syntax error/m);
  });

  it("DROP TABLE, DELETE and UPDATE change nothing for the next test: each has a fresh database", async () => {
    const code = `${SOLUTION}DROP TABLE Department;\nDELETE FROM Employee;\n`;
    const r = await judge(target(), ANY, "sql", code, allCases(ANY), "submit");
    expect(r).toMatchObject({ verdict: "AC", passed: 4, total: 4 });
  });

  it("reading or writing files from SQL is refused (safe mode)", async () => {
    for (const code of ["SELECT readfile('/etc/passwd') AS name, 1 AS title;\n", "ATTACH '/tmp/x.db' AS x;\n", ".shell cat /etc/passwd\n"]) {
      const r = await judge(target(), ANY, "sql", code, exampleCases(ANY), "run");
      expect(r.verdict).toBe("RE");
      expect(r.failure?.stdout).toMatch(/safe mode/);
      expect(r.failure?.actual ?? "").not.toContain("root:");
    }
  });
});

function sources() {
  return {
    slug: "sql-fixture", dir: "problems/sql-fixture",
    problemJson: { title: "Employees' Departments", difficulty: "easy", tags: ["sql"], signature: { kind: "sql", tables: TABLES, order: "any" }, examples: [example] },
    statement: "x", tests, reference: { sql: SOLUTION },
  };
}
