/**
 * The locale files against English: every key of English in every locale (plurals with every
 * CLDR category the locale's Intl.PluralRules has), no key English lacks, the same {{variables}},
 * and no value left in English — except a short allowlist of words that are the same in that
 * language (brand, code and loan words), each with its reason.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";

type Tree = { [key: string]: string | Tree };

const DIR = join(dirname(fileURLToPath(import.meta.url)), "../i18n/locales"); // a string: happy-dom replaces URL
const read = (code: string) => JSON.parse(readFileSync(join(DIR, `${code}.json`), "utf8")) as Tree;

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === "string") out.set(prefix + k, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const CATEGORIES = ["zero", "one", "two", "few", "many", "other"];
const PLURAL = new RegExp(`_(${CATEGORIES.join("|")})$`);
/** Keys without their plural suffix, each with the categories it has. */
function plurals(flat: Map<string, string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of flat.keys()) {
    const m = PLURAL.exec(key);
    if (!m) continue;
    const base = key.slice(0, -m[0].length);
    out.set(base, (out.get(base) ?? new Set()).add(m[1]));
  }
  return out;
}
const variables = (s: string) => [...s.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();

/** Brand, code and units that every language writes as English does. */
const SAME_EVERYWHERE = /^(?:Duet|CPU|Ctrl|Shift|Enter|ms|[\s\p{P}\p{S}\d])*$/u;
/** Values that are, in that language, the same word as in English. Keep it short; say why. */
const SAME_AS_ENGLISH: Record<string, Record<string, string>> = {
  es: { "room.chat": "«chat» is the Spanish word (RAE)", "roleInitials.candidate": "C of Candidato", "roleInitials.spectator": "O of Observador", "picker.option": "«min» abbreviates minutos too" },
  "pt-BR": {
    "room.chat": "«chat» is the Brazilian word", "room.console": "«console» is the Brazilian word", "console.label": "«console» is the Brazilian word",
    "roleInitials.candidate": "C of Candidato", "roleInitials.spectator": "O of Observador", "picker.option": "«min» abbreviates minutos too",
  },
};

const english = flatten(read("en"));
const englishPlurals = plurals(english);
const shipped = LOCALES.map((l) => l.code).filter((c) => c !== "en");

describe("locale files", () => {
  it("one file per shipped locale, no other", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
    expect(files).toEqual(LOCALES.map((l) => l.code).sort());
  });

  it("English has one and other for every plural", () => {
    for (const [base, cats] of englishPlurals) expect([base, [...cats].sort()]).toEqual([base, ["one", "other"]]);
  });

  describe.each(shipped)("%s", (code) => {
    const flat = flatten(read(code));
    const needed = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];

    it("has every key of English, and no other", () => {
      const singular = (keys: Iterable<string>) => [...keys].filter((k) => !PLURAL.test(k)).sort();
      expect(singular(flat.keys())).toEqual(singular(english.keys()));
      expect([...plurals(flat).keys()].sort()).toEqual([...englishPlurals.keys()].sort());
    });

    it("has every plural category its language uses (CLDR, through Intl.PluralRules)", () => {
      for (const [base, cats] of plurals(flat)) {
        expect({ base, missing: needed.filter((c) => !cats.has(c)) }).toEqual({ base, missing: [] });
        expect({ base, unknown: [...cats].filter((c) => !needed.includes(c)) }).toEqual({ base, unknown: [] });
      }
    });

    it("keeps each string's {{variables}}", () => {
      for (const [key, value] of flat) {
        const base = key.replace(PLURAL, "");
        const en = english.get(key) ?? english.get(`${base}_other`)!;
        expect({ key, vars: variables(value) }).toEqual({ key, vars: variables(en) });
      }
    });

    it("translates every string (no value left as English, but the allowlist)", () => {
      const allowed = SAME_AS_ENGLISH[code] ?? {};
      const untranslated = [...flat].filter(([key, value]) => value.trim() === "" || (value === english.get(key) && !SAME_EVERYWHERE.test(value.replace(/\{\{[^}]*\}\}/g, "")) && !(key in allowed)));
      expect(untranslated).toEqual([]);
      for (const key of Object.keys(allowed)) expect({ key, same: flat.get(key) === english.get(key) }).toEqual({ key, same: true });
    });
  });
});
