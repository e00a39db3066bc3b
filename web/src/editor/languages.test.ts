/**
 * Both editors colour every language of the manifest (contracts/languages.ts): Monaco registers
 * each `monacoId` through a contribution monaco.ts imports, and the touch editor loads each
 * `codemirror` grammar.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../../contracts/languages";
import { hasLanguage, loadLanguage } from "./phone/languages";

const HERE = dirname(fileURLToPath(import.meta.url)); // a string: happy-dom replaces URL
const require = createRequire(join(HERE, "languages.test.ts"));

/** The language ids the basic-languages contributions imported by monaco.ts register. */
function monacoRegistered(): Set<string> {
  const source = readFileSync(join(HERE, "monaco.ts"), "utf8");
  const contributions = [...source.matchAll(/^import "(monaco-editor\/esm\/vs\/basic-languages\/[^"]+\.contribution\.js)";$/gm)].map((m) => m[1]);
  expect(contributions.length).toBeGreaterThan(0);
  const ids = contributions.flatMap((c) => [...readFileSync(require.resolve(c), "utf8").matchAll(/registerLanguage\(\{\s*id: "([^"]+)"/g)].map((m) => m[1]));
  return new Set(ids);
}

describe("Monaco (monaco.ts)", () => {
  it("registers every language's monacoId", () => {
    const registered = monacoRegistered().add("plaintext"); // Monaco's own, for a language it has no grammar for
    expect(LANGUAGES.filter((l) => !registered.has(l.monacoId)).map((l) => `${l.id}: ${l.monacoId}`)).toEqual([]);
  });
});

describe("the touch editor (phone/languages.ts)", () => {
  it.each(LANGUAGES.map((l) => [l.id, l.codemirror] as const))("loads %s's grammar (%s)", async (id) => {
    expect(hasLanguage(id)).toBe(true);
    const grammar = await loadLanguage(id);
    expect(Array.isArray(grammar) && grammar.length === 0, "plain text").toBe(false);
  });

  it("gives an unknown id plain text", async () => {
    expect(hasLanguage("cobol")).toBe(false);
    expect(await loadLanguage("cobol")).toEqual([]);
  });
});
