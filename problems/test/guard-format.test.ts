/**
 * A complexity guard's format, without a runner: generated tests (a recipe made at load time
 * exactly as the runner makes it), what a guard must ship, and what the runner is sent.
 */
import { describe, expect, it } from "vitest";
import { expandRecipe, expandValue } from "../../contracts/generated-input";
import type { FunctionSignature } from "../../contracts/problems";
import { buildRunRequest, compileProblem, displayInput, ProblemError } from "../../judge/index";
import { libraryGaps } from "../lib/prove";

const sig: FunctionSignature = { function: "total", params: [{ name: "nums", type: "int[]" }, { name: "k", type: "int" }], returns: "long", compare: "exact" };
const big = { $gen: "ints", n: 100_000, min: 0, max: 1_000_000, seed: 3 };
const sumOf = (v: unknown) => (v as number[]).reduce((a, b) => a + b, 0);
const naive = { "naive.cpp": "class Solution {};", "naive.java": "class Solution {}", "naive.py": "class Solution: pass" };

const problemWith = (extra: { json?: object; tests?: unknown[]; naive?: Record<string, string> } = {}) => ({
  slug: "total", dir: "problems/total", statement: "Sum times k.",
  problemJson: { title: "Total", difficulty: "medium", tags: ["arrays"], signature: sig, examples: [{ input: { nums: [1, 2], k: 2 }, output: 6 }], ...extra.json },
  tests: extra.tests ?? [{ input: { nums: big, k: 2 }, output: sumOf(expandValue(big as never)) * 2 }],
  reference: {}, naive: extra.naive,
});

describe("a generated test", () => {
  it("keeps its recipe for the runner and a readable line per parameter for people; its values were checked at load", () => {
    const p = compileProblem(problemWith());
    const [t] = p.hidden;
    expect(t.generate).toEqual([big, 2]);
    expect(t.input).toBe("100000 ints in [0, 1000000] (seed 3)\n2\n");
    expect(displayInput(sig, t.input)).toBe("nums = 100000 ints in [0, 1000000] (seed 3)\nk = 2");
    expect(expandRecipe(t.generate!).length).toBeGreaterThan(500_000);
    const req = buildRunRequest(p, "python", "class Solution: pass", p.hidden);
    expect(req.tests).toEqual([{ generate: [big, 2], expected: t.expected }]);
    expect(JSON.stringify(req).length).toBeLessThan(10_000);
  });

  it.each([
    ["a wrong expected output", { tests: [{ input: { nums: big, k: 2 }, output: "x" }] }, /output/],
    ["values the signature does not take", { tests: [{ input: { nums: { $gen: "strings", n: 3, minLength: 1, maxLength: 2, alphabet: "a", seed: 1 }, k: 1 }, output: 0 }] }, /nums/],
    ["a recipe that cannot be made", { tests: [{ input: { nums: { $gen: "ints", n: 10, min: 0, max: 3, seed: 1, distinct: true }, k: 1 }, output: 0 }] }, /distinct/],
    ["an unknown kind", { tests: [{ input: { nums: { $gen: "file", path: "/etc/passwd" }, k: 1 }, output: 0 }] }, /not a recipe/],
    ["a generated example (a candidate reads examples)", { json: { examples: [{ input: { nums: big, k: 1 }, output: 1 }] } }, /an example is shown to the candidate/],
  ])("is refused at load with %s, naming the file and test", (_, extra, message) => {
    expect(() => compileProblem(problemWith(extra as never))).toThrow(ProblemError);
    expect(() => compileProblem(problemWith(extra as never))).toThrow(message);
  });
});

describe("a guard", () => {
  it("ships a naive solution in C++, Java and Python, each to be refused with TLE", () => {
    const p = compileProblem(problemWith({ json: { guard: { naive: "O(n^2)", intended: "O(n)" } }, naive }));
    expect(p.guard?.solutions.map((s) => s.language)).toEqual(["cpp", "java", "python"]);
    expect(() => compileProblem(problemWith({ json: { guard: { naive: "O(n^2)", intended: "O(n)" } }, naive: { "naive.cpp": naive["naive.cpp"] } }))).toThrow(/needed in java, python/);
  });

  it("is declared or its absence explained for every medium and hard problem; naive solutions without a guard are refused", () => {
    expect(libraryGaps(compileProblem(problemWith()))).toContain("no complexity guard, and no noGuard saying why none");
    expect(libraryGaps(compileProblem(problemWith({ json: { noGuard: "Reading the input is already the naive algorithm's cost." } })))).not.toContain("no complexity guard, and no noGuard saying why none");
    expect(() => compileProblem(problemWith({ naive }))).toThrow(/declare `guard`/);
    expect(() => compileProblem(problemWith({ json: { guard: { naive: "a", intended: "b" }, noGuard: "Both at once is a contradiction." }, naive }))).toThrow(/not both/);
  });
});
