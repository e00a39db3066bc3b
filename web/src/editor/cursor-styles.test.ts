/**
 * Caret colours reach Monaco through a stylesheet, so nothing a participant chose may be in it:
 * names never are (labels are DOM text), colours must be #rrggbb, client ids non-negative integers.
 * (test/e2e/security.e2e.test.ts checks a hostile name stays out of the page's styles in Chromium.)
 */
import { describe, expect, it } from "vitest";
import { cursorCss } from "./cursor-styles";

const LINE = /^\.yRemoteSelection-(\d+)\{background-color:#[0-9A-Fa-f]{6}33;\}\.yRemoteSelectionHead-\1\{border-color:#[0-9A-Fa-f]{6};\}$/;

describe("cursorCss", () => {
  it("gives every caret one line of the fixed shape: two rules, no content", () => {
    const css = cursorCss([{ clientId: 7, color: "#A1b2C3" }, { clientId: 8, color: "red;}*{display:none}" }]);
    const lines = css.split("\n");
    expect(lines.map((l) => LINE.exec(l)?.[1])).toEqual(["7", "8"]);
    expect(css).not.toContain("content");
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    expect([...sheet.cssRules].map((r) => (r as CSSStyleRule).selectorText)).toEqual([".yRemoteSelection-7", ".yRemoteSelectionHead-7", ".yRemoteSelection-8", ".yRemoteSelectionHead-8"]);
  });

  it("uses a fixed colour for anything but #rrggbb and skips impossible client ids", () => {
    expect(cursorCss([{ clientId: 1, color: "red;}" }])).toContain(".yRemoteSelectionHead-1{border-color:#6d5dfc;}");
    expect(cursorCss([{ clientId: -1, color: "#000000" }, { clientId: 1.5, color: "#000000" }])).toBe("");
  });
});
