/**
 * The manifest holds one entry per language id, and what it serves holds only the API's view.
 * What the other parts need of each entry is checked beside them: the image, the install script
 * and the runner's test programs (runner-service/test/toolchains.test.ts), the editors
 * (web/src/editor/languages.test.ts), the judge's harnesses (problems/test/languages.test.ts).
 */
import { describe, expect, it } from "vitest";
import { DECLARATIONS_BY_ID, JUDGED_DECLARATIONS, JUDGED_LANGUAGE_IDS, LANGUAGE_DECLARATIONS, LANGUAGE_IDS, LANGUAGES, LanguageDeclarationSchema, LanguagesResponseSchema } from "./languages";

describe("the languages manifest", () => {
  it("has one entry per language id, in the ids' order", () => {
    expect(LANGUAGE_DECLARATIONS.map((l) => l.id)).toEqual([...LANGUAGE_IDS]);
    expect(LANGUAGES.map((l) => l.id)).toEqual([...LANGUAGE_IDS]);
  });

  it("gives every language its own entry file, and every judged one its own reference solution file and reference rank", () => {
    const unique = (values: unknown[]) => expect(new Set(values).size, String(values)).toBe(values.length);
    unique(LANGUAGE_DECLARATIONS.map((l) => l.fileName));
    unique(JUDGED_DECLARATIONS.map((l) => l.judge.referenceFile));
    unique(JUDGED_DECLARATIONS.map((l) => l.judge.referenceRank));
  });

  it("has judge settings exactly for the judged languages, first in the list, and says which are judged", () => {
    expect(JUDGED_DECLARATIONS.map((l) => l.id)).toEqual([...JUDGED_LANGUAGE_IDS]);
    expect(LANGUAGE_DECLARATIONS.slice(0, JUDGED_LANGUAGE_IDS.length).map((l) => l.id)).toEqual([...JUDGED_LANGUAGE_IDS]);
    for (const l of LANGUAGES) expect(l.judged, l.id).toBe((JUDGED_LANGUAGE_IDS as readonly string[]).includes(l.id));
    const { judged: _, ...ruby } = DECLARATIONS_BY_ID.ruby;
    expect(() => LanguageDeclarationSchema.parse({ ...ruby, judge: DECLARATIONS_BY_ID.python.judge })).toThrow(/judge settings exactly for the judged languages/);
    const { judged: __, judge: ___, ...python } = DECLARATIONS_BY_ID.python;
    expect(() => LanguageDeclarationSchema.parse(python)).toThrow(/judge settings exactly for the judged languages/);
  });

  it("counts sixteen languages or more", () => {
    expect(LANGUAGES.length).toBeGreaterThanOrEqual(16);
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
