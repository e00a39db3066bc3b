/**
 * Caret labels from hostile names: whatever a participant calls themselves, the stylesheet holds
 * exactly three rules per remote participant, and each label says the name and nothing else.
 * (test/e2e/security.e2e.test.ts parses the same output in Chromium.)
 */
import { describe, expect, it } from "vitest";
import { cursorCss, MAX_LABEL_CHARS } from "./cursor-styles";

const HOSTILE_NAMES = [
  "Ada\fbody{display:none}",
  "Bob\r}*{color:red}",
  "Cy\n@import url(https://evil.example/x.css);",
  "Di\0na",
  'Eve\\"};body::before{content:"HIRE: 10/10"}',
  "Fay'}</style><script>alert(1)</script>",
  "Gil /* comment */ }; {",
  "Hal url(//evil.example/a.png)",
  "Ivy 😀👩🏽‍💻",
  "ليلى حسن",
  "अनन्या शर्मा",
  "\u202eevil\u202c \u2066x\u2069",
  "Jo\ud800lone",
];

/** One participant's line: anything else in the output means something escaped its string. */
const LINE = /^\.yRemoteSelection-(\d+)\{background-color:#[0-9A-Fa-f]{6}33;\}\.yRemoteSelectionHead-\1\{border-color:#[0-9A-Fa-f]{6};\}\.yRemoteSelectionHead-\1::after\{content:"((?:[A-Za-z0-9 ]|\\[0-9a-f]{6} )*)";background:#[0-9A-Fa-f]{6};\}$/;

/** What CSS makes of the string's body (CSS Syntax §4.3.7: NUL and surrogates become U+FFFD). */
function cssUnescape(body: string): string {
  return body.replace(/\\([0-9a-f]{6}) /g, (_, hex: string) => {
    const cp = parseInt(hex, 16);
    return cp === 0 || (cp >= 0xd800 && cp <= 0xdfff) ? "\ufffd" : String.fromCodePoint(cp);
  });
}
const asCssSees = (name: string) =>
  [...name].slice(0, MAX_LABEL_CHARS).map((c) => (c === "\0" || /^[\ud800-\udfff]$/.test(c) ? "\ufffd" : c)).join("");

describe("cursorCss", () => {
  const users = HOSTILE_NAMES.map((name, i) => ({ clientId: 100 + i, name, color: i % 2 ? "#A1b2C3" : "red;}" }));
  const css = cursorCss(users);

  it("gives every participant exactly one line of the fixed shape, whatever their name", () => {
    const lines = css.split("\n");
    expect(lines).toHaveLength(HOSTILE_NAMES.length);
    lines.forEach((line, i) => {
      const m = LINE.exec(line);
      expect(m, line).not.toBeNull();
      expect(Number(m![1])).toBe(100 + i);
      expect(cssUnescape(m![2])).toBe(asCssSees(HOSTILE_NAMES[i]));
    });
  });

  it("parses into three rules a participant and nothing else", () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const selectors = [...sheet.cssRules].map((r) => (r as CSSStyleRule).selectorText);
    expect(selectors).toEqual(users.flatMap(({ clientId: id }) => [`.yRemoteSelection-${id}`, `.yRemoteSelectionHead-${id}`, `.yRemoteSelectionHead-${id}::after`]));
  });

  it("keeps names readable: scripts, emoji and spaces survive, long names are cut by code point", () => {
    expect(css).toContain('content:"\\000644 \\00064a \\000644 \\000649  \\00062d \\000633 \\000646 ";');
    const long = cursorCss([{ clientId: 1, name: "😀".repeat(50), color: "#000000" }]);
    expect(LINE.exec(long)![2]).toBe("\\01f600 ".repeat(MAX_LABEL_CHARS));
  });

  it("uses a fixed colour for anything but #rrggbb and skips impossible client ids", () => {
    expect(css).toContain(".yRemoteSelectionHead-100{border-color:#6d5dfc;}");
    expect(css).toContain(".yRemoteSelectionHead-101{border-color:#A1b2C3;}");
    expect(cursorCss([{ clientId: -1, name: "x", color: "" }, { clientId: 1.5, name: "y", color: "" }, { clientId: 2, name: 3 as never, color: "" }])).toBe("");
  });
});
