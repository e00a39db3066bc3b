/**
 * The read-only role has one name on screen: "Observer" (the word the interface used most; the
 * code and the API keep `spectator`). Each catalogue uses its own one word for it, never a second.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "../i18n/locales");

/** Per locale: the word the catalogue uses, and the synonyms it must not. */
const WORD: Record<string, { uses: RegExp; never: RegExp }> = {
  en: { uses: /observer/i, never: /spectator/i },
  es: { uses: /observador/i, never: /espectador/i },
  "pt-BR": { uses: /observador/i, never: /espectador/i },
  hi: { uses: /दर्शक/, never: /पर्यवेक्षक|प्रेक्षक/ },
  "zh-CN": { uses: /旁观者/, never: /观察者|观众/ },
};

function strings(tree: unknown): string[] {
  return typeof tree === "string" ? [tree] : Object.values(tree as Record<string, unknown>).flatMap(strings);
}

describe("one word for the observer", () => {
  for (const [locale, { uses, never }] of Object.entries(WORD)) {
    it(`${locale} names the role one way`, () => {
      const catalogue = JSON.parse(readFileSync(join(DIR, `${locale}.json`), "utf8")) as { roles: { spectator: string } };
      expect(catalogue.roles.spectator).toMatch(uses);
      expect(strings(catalogue).filter((s) => never.test(s))).toEqual([]);
    });
  }
});
