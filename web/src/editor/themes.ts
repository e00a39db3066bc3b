/**
 * Duet's two Monaco themes: vs and vs-dark on Duet's backgrounds, with the token colours that fell
 * under 4.5:1 there replaced (vs-dark's comment green was 4.48:1 on #16181d and 4.11:1 on its current
 * line, vs's Java annotation grey 3.95:1 on white). themes.test.ts checks every token colour against both backgrounds.
 */
import type { editor } from "monaco-editor";

const tokenColours = (colours: Record<string, string>): editor.ITokenThemeRule[] => Object.entries(colours).map(([token, foreground]) => ({ token, foreground }));

export const DUET_LIGHT: editor.IStandaloneThemeData = {
  base: "vs",
  inherit: true,
  rules: tokenColours({ annotation: "6b6b6b", "attribute.name": "d10000", "metatag.html": "6b6b6b", "metatag.xml": "6b6b6b", "metatag.content.html": "d10000", "string.sql": "d10000", "operator.sql": "5c6a79" }),
  // Line numbers at 4.5:1; the current line framed, not tinted (a tint took vs's number and type colours under 4.5:1).
  colors: { "editor.background": "#ffffff", "editorLineNumber.foreground": "#6e7683", "editor.lineHighlightBackground": "#ffffff", "editor.lineHighlightBorder": "#e2e5ec" },
};

export const DUET_DARK: editor.IStandaloneThemeData = {
  base: "vs-dark",
  inherit: true,
  rules: tokenColours({ comment: "6a9955", annotation: "d97a7a", "operator.sql": "8596a8", regexp: "d16b9f", "variable.predefined": "6b8ed6", "string.sql": "ff6b6b", "delimiter.html": "8c8c8c", "delimiter.xml": "8c8c8c", "tag.id.pug": "6b8ed6", "tag.class.pug": "6b8ed6" }),
  colors: { "editor.background": "#16181d", "editorLineNumber.foreground": "#858b98", "editor.lineHighlightBackground": "#1d2027" },
};
