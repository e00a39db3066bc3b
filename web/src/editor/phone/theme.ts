/**
 * The touch editor's look, matched to the desktop editor's (../monaco.ts): the same backgrounds,
 * line-number and current-line colours, font, and token colours taken from Monaco's `vs` and
 * `vs-dark` themes, so a phone and a laptop in one interview see the same code the same way.
 * 16 px text: smaller makes iOS zoom the page whenever the editor gets focus.
 */
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";

const FONT = "'JetBrains Mono', 'Fira Code', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";

const base = {
  "&": { height: "100%", fontSize: "16px" },
  ".cm-scroller": { fontFamily: FONT, lineHeight: "1.5" },
  ".cm-content": { padding: "12px 0" },
  ".cm-gutters": { border: "none" },
};

const light = EditorView.theme({
  ...base,
  "&": { ...base["&"], backgroundColor: "#ffffff", color: "#1f2328" },
  ".cm-gutters": { ...base[".cm-gutters"], backgroundColor: "#ffffff", color: "#6e7683" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "#f5f7fb" },
});

const dark = EditorView.theme({
  ...base,
  "&": { ...base["&"], backgroundColor: "#16181d", color: "#d4d4d4" },
  ".cm-gutters": { ...base[".cm-gutters"], backgroundColor: "#16181d", color: "#858b98" },
  ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: "#1d2027" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "#e8eaf0" },
}, { dark: true });

interface Palette { keyword: string; string: string; number: string; comment: string; type: string; fn: string; meta: string; invalid: string }

function tokens(c: Palette): HighlightStyle {
  return HighlightStyle.define([
    { tag: [t.keyword, t.operatorKeyword, t.modifier, t.controlKeyword, t.definitionKeyword, t.bool, t.null, t.self], color: c.keyword },
    { tag: [t.string, t.special(t.string), t.character], color: c.string },
    { tag: [t.number, t.literal], color: c.number },
    { tag: t.comment, color: c.comment, fontStyle: "italic" },
    { tag: [t.typeName, t.className, t.namespace], color: c.type },
    { tag: [t.function(t.variableName), t.function(t.propertyName)], color: c.fn },
    { tag: [t.meta, t.annotation, t.processingInstruction], color: c.meta },
    { tag: t.invalid, color: c.invalid },
  ]);
}

const lightTokens = tokens({ keyword: "#0000ff", string: "#a31515", number: "#098658", comment: "#008000", type: "#267f99", fn: "#795e26", meta: "#af00db", invalid: "#cd3131" });
const darkTokens = tokens({ keyword: "#569cd6", string: "#ce9178", number: "#b5cea8", comment: "#6a9955", type: "#4ec9b0", fn: "#dcdcaa", meta: "#c586c0", invalid: "#f44747" });

export function editorTheme(theme: "light" | "dark"): Extension {
  return theme === "dark" ? [dark, syntaxHighlighting(darkTokens)] : [light, syntaxHighlighting(lightTokens)];
}
