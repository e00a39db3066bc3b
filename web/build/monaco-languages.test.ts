// @vitest-environment node
/**
 * Monaco's basic-languages modules import every editor feature for their side effects; the build
 * drops those imports (monaco-languages.ts) so the editor gets only what editor/monaco.ts lists.
 * Checked on the installed modules, so a Monaco upgrade that changes their shape fails here.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import config from "../vite.config";
import { stripLanguageFeatureImports } from "./monaco-languages";

const require = createRequire(import.meta.url);
const source = (path: string) => readFileSync(require.resolve(`monaco-editor/esm/vs/basic-languages/${path}`), "utf8");
const imports = (code: string) => [...code.matchAll(/^import\b.*$/gm)].map((m) => m[0]);

describe("Monaco's language modules in the web build", () => {
  it.each(["python/python.js", "_.contribution.js"])("%s keeps only its API and CSS imports", (path) => {
    const before = imports(source(path));
    expect(before.some((l) => l.includes("/contrib/"))).toBe(true); // what the build must drop
    const after = imports(stripLanguageFeatureImports(source(path)));
    expect(after.filter((l) => !/editor\.api2\.js'|\.css'|_\.contribution\.js'/.test(l))).toEqual([]);
    expect(after.some((l) => /\{ (languages|registerLanguage) \}/.test(l))).toBe(true);
  });

  it("is a plugin of the build", () => {
    const names = (config.plugins ?? []).flat().map((p) => (p && typeof p === "object" && "name" in p ? p.name : null));
    expect(names).toContain("duet-monaco-languages-only");
  });
});
