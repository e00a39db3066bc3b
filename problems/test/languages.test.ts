/**
 * The judge's side of the languages manifest (contracts/languages.ts): a harness for every
 * language, and no reference solution under a name the manifest does not declare (it would be
 * skipped without a word).
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { JUDGED_LANGUAGE_IDS } from "../../contracts/languages";
import { HARNESSES, REFERENCE_FILES } from "../../judge/index";
import { ROOT } from "./helpers";

it("has a harness for every language of the manifest, and for no other", () => {
  expect(Object.keys(HARNESSES).sort()).toEqual([...JUDGED_LANGUAGE_IDS].sort());
});

it("reads every reference solution in problems/ as the manifest's referenceFile of a language", () => {
  const known = new Set(Object.values(REFERENCE_FILES));
  const dirs = readdirSync(join(ROOT, "problems")).filter((d) => statSync(join(ROOT, "problems", d)).isDirectory());
  const solutions = dirs.flatMap((d) => readdirSync(join(ROOT, "problems", d)).filter((f) => /^solution\./i.test(f)).map((f) => `${d}/${f}`));
  expect(solutions.length).toBeGreaterThan(0);
  expect(solutions.filter((s) => !known.has(s.split("/")[1]))).toEqual([]);
});
