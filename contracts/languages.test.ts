/**
 * The manifest holds one entry per language id, and what it serves holds only the API's view.
 * What the other parts need of each entry is checked beside them: the image, the install script
 * and the runner's test programs (runner-service/test/toolchains.test.ts), the editors
 * (web/src/editor/languages.test.ts), the judge's harnesses (problems/test/languages.test.ts).
 */
import { describe, expect, it } from "vitest";
import { DECLARATIONS_BY_ID, LANGUAGE_DECLARATIONS, LANGUAGE_IDS, LANGUAGES, LanguagesResponseSchema, type LanguageDeclaration } from "./languages";

describe("the languages manifest", () => {
  it("has one entry per language id, in the ids' order", () => {
    expect(LANGUAGE_DECLARATIONS.map((l) => l.id)).toEqual([...LANGUAGE_IDS]);
    expect(LANGUAGES.map((l) => l.id)).toEqual([...LANGUAGE_IDS]);
  });

  it("gives every language its own entry file, reference solution file and reference rank", () => {
    const keys: ((l: LanguageDeclaration) => unknown)[] = [(l) => l.fileName, (l) => l.judge.referenceFile, (l) => l.judge.referenceRank];
    for (const key of keys) {
      const values = LANGUAGE_DECLARATIONS.map(key);
      expect(new Set(values).size, String(values)).toBe(values.length);
    }
  });

  it("serves the API's view only: no packages, patterns or judge settings, and it survives JSON", () => {
    for (const l of LANGUAGES) expect(Object.keys(l)).not.toContain("toolchain");
    for (const l of LANGUAGES) expect(Object.keys(l)).not.toContain("judge");
    const body = JSON.parse(JSON.stringify({ languages: LANGUAGES.map((l) => ({ ...l, available: true })) }));
    expect(LanguagesResponseSchema.parse(body).languages.map((l) => l.id)).toEqual([...LANGUAGE_IDS]);
  });

  it("keeps the served view equal to the declaration's", () => {
    for (const l of LANGUAGES) {
      const declared = DECLARATIONS_BY_ID[l.id];
      expect({ ...l, toolchain: declared.toolchain, judge: declared.judge }).toEqual(declared);
    }
  });
});
