import { vs, vs_dark } from "monaco-editor/esm/vs/editor/standalone/common/themes.js";
import type { editor } from "monaco-editor";
import { describe, expect, it } from "vitest";
import { contrastRatio } from "../lib/contrast";
import { DUET_DARK, DUET_LIGHT } from "./themes";

type Rule = editor.ITokenThemeRule;

/** The colour Monaco gives `token`: the rule with the longest dotted prefix of it, a later rule winning a tie. */
function colourOf(token: string, rules: Rule[]): string | undefined {
  let best: Rule | undefined;
  for (const r of rules) {
    if (r.foreground === undefined) continue;
    const matches = r.token === "" || token === r.token || token.startsWith(`${r.token}.`);
    if (matches && (!best || r.token.length >= best.token.length)) best = r;
  }
  return best?.foreground;
}

describe.each([
  ["duet-light", DUET_LIGHT, vs.rules as Rule[]],
  ["duet-dark", DUET_DARK, vs_dark.rules as Rule[]],
])("%s", (_, theme, base) => {
  const rules = [...base, ...theme.rules];
  const backgrounds = [theme.colors["editor.background"], theme.colors["editor.lineHighlightBackground"]];

  it("gives every token a colour at 4.5:1 or more on the editor's background and on the current line", () => {
    const low = [...new Set(rules.map((r) => r.token))].flatMap((token) => {
      const fg = colourOf(token, rules);
      return fg ? backgrounds.filter((bg) => contrastRatio(fg, bg) < 4.5).map((bg) => `${token} #${fg} on ${bg}: ${contrastRatio(fg, bg).toFixed(2)}`) : [];
    });
    expect(low).toEqual([]);
  });

  it("changes only what was too faint: the rest is the base theme's", () => {
    for (const r of theme.rules) {
      const was = colourOf(r.token, base);
      expect(was && backgrounds.some((bg) => contrastRatio(was, bg) < 4.5), `${r.token} #${was}`).toBe(true);
    }
  });
});
