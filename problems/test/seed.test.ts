/** The seed refuses malformed problems with a message naming the file, and its SQL stays within D1's limits. */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadProblems } from "../lib/load";
import { seedStatements } from "../lib/seed-sql";
import { ROOT } from "./helpers";

const scratch = mkdtempSync(join(tmpdir(), "duet-problems-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A root holding a copy of two-sum with `edit` applied to its files. */
function variant(name: string, edit: (dir: string) => void): string {
  const root = join(scratch, name);
  const dir = join(root, "problems", "two-sum");
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, "problems", "two-sum"), dir, { recursive: true });
  edit(dir);
  return root;
}

// biome-ignore lint/suspicious/noExplicitAny: each case breaks a problem.json on purpose, in a shape no type describes
const problemJson = (patch: (p: Record<string, any>) => void) => (dir: string) => {
  const p = JSON.parse(require("node:fs").readFileSync(join(dir, "problem.json"), "utf8"));
  patch(p);
  writeFileSync(join(dir, "problem.json"), JSON.stringify(p));
};

describe("malformed problems are refused by the seed", () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ["unknown type", problemJson((p) => (p.signature.params[0].type = "int[][][]")), /problems\/two-sum\/problem\.json: signature\.params\.0\.type/],
    ["reserved name", problemJson((p) => (p.signature.params[0].name = "class")), /problems\/two-sum\/problem\.json: signature\.params\.0\.name: is a reserved word/],
    ["C#'s keyword as a name", problemJson((p) => (p.signature.params[0].name = "out")), /problems\/two-sum\/problem\.json: signature\.params\.0\.name: is a reserved word/],
    ["unordered scalar", problemJson((p) => { p.signature.returns = "int"; p.signature.compare = "unordered"; }), /problem\.json: signature\.compare/],
    ["example not matching", problemJson((p) => (p.examples[0].input.nums = "2,7")), /problems\/two-sum\/problem\.json: example 1: input: nums: expected an array/],
    ["test with a wrong output type", (d) => writeFileSync(join(d, "tests.json"), JSON.stringify([{ input: { nums: [1, 2], target: 3 }, output: "0,1" }])), /problems\/two-sum\/tests\.json: test 1: output: expected an array/],
    ["test with a missing parameter", (d) => writeFileSync(join(d, "tests.json"), JSON.stringify([{ input: { nums: [1, 2] }, output: [0, 1] }])), /tests\.json: test 1: input: missing parameter "target"/],
    ["int overflow", (d) => writeFileSync(join(d, "tests.json"), JSON.stringify([{ input: { nums: [1, 2], target: 2 ** 31 }, output: [0, 1] }])), /tests\.json: test 1: input: target: expected a 32-bit int/],
    ["broken JSON", (d) => writeFileSync(join(d, "tests.json"), "[{"), /problems\/two-sum\/tests\.json: not valid JSON/],
    ["failing generator", (d) => writeFileSync(join(d, "generate.mjs"), "export default () => { throw new Error('boom'); }"), /problems\/two-sum\/generate\.mjs: failed: boom/],
    ["malformed tree", problemJson((p) => { p.signature = { function: "f", params: [{ name: "root", type: "TreeNode" }], returns: "int" }; p.examples = [{ input: { root: [1, null, null, 2] }, output: 1 }]; }), /problem\.json: example 1: input: root\[3\]: no parent/],
  ];
  for (const [what, edit, message] of cases) {
    it(what, async () => {
      await expect(loadProblems(variant(what.replace(/\W/g, "-"), edit))).rejects.toThrow(message);
    });
  }
});

describe("seed SQL", () => {
  it("upserts by slug, replaces tests, keeps every statement under D1's 100 kB", async () => {
    const problems = await loadProblems(ROOT);
    const sql = seedStatements(problems);
    expect(Math.max(...sql.map((s) => new TextEncoder().encode(s).byteLength))).toBeLessThan(100_000);
    expect(sql.filter((s) => s.startsWith("INSERT INTO problems")).every((s) => s.includes("ON CONFLICT(slug) DO UPDATE"))).toBe(true);
    expect(sql.filter((s) => s.startsWith("DELETE FROM problem_tests"))).toHaveLength(problems.length);
    const inserts = sql.filter((s) => s.startsWith("INSERT INTO problem_tests")).length;
    expect(inserts).toBe(problems.reduce((n, p) => n + p.hidden.length, 0));
  });

  it("the public parts never carry hidden tests or references", async () => {
    const [p] = await loadProblems(ROOT);
    const publicExample = JSON.stringify(p.examples.map(({ input, output }) => ({ input, output })));
    expect(publicExample).not.toContain(p.hidden[p.hidden.length - 1].input.trim().slice(0, 40));
  });
});
