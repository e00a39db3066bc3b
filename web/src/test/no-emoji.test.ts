/**
 * No emoji or dingbats on screen: without an emoji font (many Linux desktops, kiosks) they render
 * as empty boxes. Icons are inline SVG (components/icons); this walks the app's sources and
 * catalogues for the pictographic ranges, comments aside.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SRC = join(dirname(fileURLToPath(import.meta.url)), "..");
/** Emoji and pictographs, dingbats (✓ ✕ ❚), miscellaneous symbols (☀ ⚠), geometric shapes (▶ ●), variation selector 16. */
const PICTOGRAPH = /[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}\u{25A0}-\u{25FF}\u{2B00}-\u{2BFF}]|\u{FE0F}/u;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(tsx?|css|json)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The lines that reach the screen: comments dropped (a block comment's lines start with `*`). */
const codeLines = (text: string) => text.split("\n").filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line)).map((line) => line.replace(/\/\/.*$|\/\*.*?\*\//g, ""));

describe("no emoji in the interface", () => {
  it("the sources and catalogues draw icons, never pictographs", () => {
    const found = files(SRC).flatMap((path) => codeLines(readFileSync(path, "utf8")).filter((l) => PICTOGRAPH.test(l)).map((l) => `${relative(SRC, path)}: ${l.trim().slice(0, 120)}`));
    expect(found).toEqual([]);
  });
});
