/** A proof names exactly what a problem's verdicts depend on: any change there makes CI prove it again. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { proofHasher, readProof, writeProof } from "../lib/proof";

let root: string;
const put = (path: string, text: string) => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "duet-proof-"));
  put("judge/harness/python/harness.py", "print(1)\n");
  put("judge/values.ts", "export {};\n");
  put("contracts/languages.ts", "export {};\n");
  put("problems/sum/problem.json", "{}\n");
  put("problems/sum/solution.py", "x = 1\n");
  put("problems/other/problem.json", "{}\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const fresh = () => proofHasher(root)("sum");

it("is stable, unaffected by the proof file itself or by another problem", () => {
  const h = fresh();
  writeProof(root, "sum", h);
  put("problems/other/solution.py", "y = 2\n");
  expect(fresh()).toBe(h);
  expect(readProof(root, "sum")).toBe(h);
  expect(readProof(root, "other")).toBeNull();
});

it("changes with any file of the problem, a wrong solution included", () => {
  const h = fresh();
  put("problems/sum/wrong/off-by-one.py", "x = 0\n");
  expect(fresh()).not.toBe(h);
});

it("changes with the harnesses, the judge or the language manifest", () => {
  for (const [path, text] of [["judge/harness/python/harness.py", "print(2)\n"], ["judge/values.ts", "export const x = 1;\n"], ["contracts/languages.ts", "//\n"]]) {
    const before = fresh();
    put(path, text);
    expect(fresh(), path).not.toBe(before);
  }
});

it("does not change with Python's bytecode cache beside a harness (a byte-compile writes one)", () => {
  const h = fresh();
  put("judge/harness/python/__pycache__/harness.cpython-311.pyc", "\u0000bytecode");
  expect(fresh()).toBe(h);
});

it("an SQL question's changes with the result-set rules and the sql run line; a function problem's does not", () => {
  put("problems/rank/problem.json", '{"signature": {"kind": "sql", "tables": [], "order": "ordered"}}\n');
  put("problems/rank/solution.sql", "SELECT 1;\n");
  put("contracts/sql-results.ts", "export {};\n");
  put("contracts/languages-plain.ts", "export {};\n");
  const sql = () => proofHasher(root)("rank");
  for (const path of ["contracts/sql-results.ts", "contracts/languages-plain.ts"]) {
    const [before, fn] = [sql(), fresh()];
    put(path, "// changed\n");
    expect(sql(), path).not.toBe(before);
    expect(fresh(), path).toBe(fn);
  }
  const before = sql();
  put("judge/values.ts", "export const y = 2;\n");
  expect(sql()).not.toBe(before);
});
