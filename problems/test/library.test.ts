/**
 * Problem CI: every problem's reference solutions are Accepted on its examples and hidden tests,
 * and every starter compiles and reads every example in all eight languages (its default answer
 * may be wrong, but never a compile or runtime error) — so no broken harness reaches a candidate.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGE_IDS, type LanguageId } from "../../contracts/languages";
import { MAX_TESTS } from "../../contracts/runner";
import { loadProblems } from "../lib/load";
import { judge } from "../lib/runner";
import { allCases, exampleCases, ROOT, target } from "./helpers";

const problems = await loadProblems(ROOT);

it("ships at least 12 problems covering the classic topics, each with hidden tests and a reference", () => {
  expect(problems.length).toBeGreaterThanOrEqual(12);
  const tags = new Set(problems.flatMap((p) => p.tags));
  for (const t of ["arrays", "strings", "hash-map", "two-pointers", "trees", "graphs", "dynamic-programming", "intervals"]) expect(tags).toContain(t);
  for (const p of problems) {
    expect(p.hidden.length, p.slug).toBeGreaterThanOrEqual(10);
    expect(p.examples.length + p.hidden.length, p.slug).toBeLessThanOrEqual(MAX_TESTS);
    expect(Object.keys(p.reference), p.slug).toContain("python");
  }
});

describe.concurrent.each(problems.map((p) => [p.slug, p] as const))("%s", (_, p) => {
  for (const lang of Object.keys(p.reference) as LanguageId[]) {
    it(`reference in ${lang} is Accepted`, async () => {
      const r = await judge(target(), p, lang, p.reference[lang]!, allCases(p), "submit");
      expect(r.failure ?? r.message ?? null).toBeNull();
      expect(r.verdict).toBe("AC");
      expect(r.passed).toBe(r.total);
    });
  }
  for (const lang of LANGUAGE_IDS) {
    it(`starter in ${lang} compiles and reads every example`, async () => {
      const r = await judge(target(), p, lang, p.starter[lang], exampleCases(p), "run");
      const broken = r.tests.filter((t) => t.verdict !== "AC" && t.verdict !== "WA");
      expect(r.message ?? "", JSON.stringify(broken)).toBe("");
      expect(r.tests).toHaveLength(p.examples.length);
    });
  }
});
