/**
 * The touch editor's look, matched to the desktop editor's (../monaco.ts): the same backgrounds,
 * line-number and current-line colours, font, and token colours taken from Monaco's `vs`, `vs-dark`,
 * `hc-light` and `hc-black` themes, so a phone and a laptop in one interview see the same code the
 * same way, high contrast included (the settings dialog, components/settings.ts).
 * Text is never under 16 px here: smaller makes iOS zoom the page whenever the editor gets focus.
 */
import { HighlightStyle, syntaxHighlighting } from "@codemirror/language";
import type { Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import { tags as t } from "@lezer/highlight";
import type { Contrast } from "../../components/settings";

const FONT = "'JetBrains Mono', 'Fira Code', ui-monospace, SFMono-Regular, Menlo, Consolas, monospace";
export const MIN_TOUCH_FONT_PX = 16;

interface Look {
  dark: boolean;
  bg: string; fg: string; gutter: string; activeLine: string; caret: string;
  tokens: { keyword: string; string: string; number: string; comment: string; type: string; fn: string; meta: string; invalid: string };
}

const LOOKS: Record<"light" | "dark", Record<Contrast, Look>> = {
  light: {
    normal: {
      dark: false, bg: "#ffffff", fg: "#1f2328", gutter: "#6e7683", activeLine: "#ffffff", caret: "#000000",
      tokens: { keyword: "#0000ff", string: "#a31515", number: "#098658", comment: "#008000", type: "#267f99", fn: "#795e26", meta: "#af00db", invalid: "#cd3131" },
    },
    more: {
      dark: false, bg: "#ffffff", fg: "#000000", gutter: "#292929", activeLine: "#ffffff", caret: "#000000",
      tokens: { keyword: "#0f4a85", string: "#0f4a85", number: "#096d48", comment: "#515151", type: "#185e73", fn: "#5e2cbc", meta: "#b5200d", invalid: "#b5200d" },
    },
  },
  dark: {
    normal: {
      dark: true, bg: "#16181d", fg: "#d4d4d4", gutter: "#858b98", activeLine: "#1d2027", caret: "#e8eaf0",
      tokens: { keyword: "#569cd6", string: "#ce9178", number: "#b5cea8", comment: "#6a9955", type: "#4ec9b0", fn: "#dcdcaa", meta: "#c586c0", invalid: "#f44747" },
    },
    more: {
      dark: true, bg: "#000000", fg: "#ffffff", gutter: "#ffffff", activeLine: "#000000", caret: "#ffffff",
      tokens: { keyword: "#569cd6", string: "#ce9178", number: "#b5cea8", comment: "#7ca668", type: "#4ec9b0", fn: "#dcdcaa", meta: "#c586c0", invalid: "#f48771" },
    },
  },
};

function tokens(c: Look["tokens"]): HighlightStyle {
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

function build(look: Look, contrast: Contrast): Extension {
  // Light: the current line framed, not tinted (a tint took the number and type colours under 4.5:1).
  const outline = contrast === "more" ? `1px solid ${look.fg}` : look.dark ? "none" : "1px solid #e2e5ec";
  return [
    EditorView.theme({
      "&": { height: "100%", backgroundColor: look.bg, color: look.fg },
      ".cm-scroller": { fontFamily: FONT, lineHeight: "1.5" },
      ".cm-content": { padding: "12px 0" },
      ".cm-gutters": { backgroundColor: look.bg, color: look.gutter, border: "none" },
      ".cm-activeLine, .cm-activeLineGutter": { backgroundColor: look.activeLine, outline },
      ".cm-cursor, .cm-dropCursor": { borderLeftColor: look.caret },
    }, { dark: look.dark }),
    syntaxHighlighting(tokens(look.tokens)),
  ];
}

const built = new Map<string, Extension>();

/** The look for the page's theme and the reader's contrast setting (one extension each, reused). */
export function editorTheme(theme: "light" | "dark", contrast: Contrast = "normal"): Extension {
  const key = `${theme}:${contrast}`;
  if (!built.has(key)) built.set(key, build(LOOKS[theme][contrast], contrast));
  return built.get(key)!;
}

/** The reader's font size, but never small enough for iOS to zoom on focus. */
export function fontSize(px: number): Extension {
  return EditorView.theme({ "&": { fontSize: `${Math.max(MIN_TOUCH_FONT_PX, px)}px` } });
}
