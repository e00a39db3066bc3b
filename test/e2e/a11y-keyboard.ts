/**
 * Keyboard-only helpers: where the focus is (its role and name, as Chromium's accessibility tree
 * has them), moving it with Tab alone, and whether the focused control shows a focus indicator
 * of at least 2 px whose colour has at least 3:1 against what surrounds it.
 */
import type { Page } from "playwright-core";
import { expect } from "vitest";

/** The focused element as a screen reader would name it: `button "Run"`, `textbox "Display name"`. */
export async function focused(page: Page): Promise<string> {
  const el = page.locator(":focus");
  if ((await el.count()) === 0) return "(nothing)";
  const tree = await el.first().ariaSnapshot();
  return tree.split("\n")[0].replace(/^- /, "").replace(/:$/, "").replace(/ \[[^\]]*\]/g, "");
}

/** Presses Tab (or Shift+Tab) until the focus matches, checking the focus ring at every stop; returns the stops. */
export async function tabTo(page: Page, target: RegExp, { back = false, max = 40 } = {}): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    const now = await focused(page);
    stops.push(now);
    await expectVisibleFocus(page, now);
    if (target.test(now)) return stops;
  }
  throw new Error(`${back ? "Shift+Tab" : "Tab"} never reached ${target}: ${stops.join(" → ")}`);
}

/**
 * The focused control's indicator: its outline (or, for the code editor's input, the editor's frame)
 * at least 2 px wide, in a colour with at least 3:1 against the background around it.
 */
export async function expectVisibleFocus(page: Page, what: string): Promise<void> {
  const ring = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { width: 0, contrast: 0, how: "nothing focused" };
    const frame = el.closest<HTMLElement>(".editor-area");
    const shown = frame ?? el;
    const s = getComputedStyle(shown);
    const color = frame ? s.borderTopColor : s.outlineColor;
    const width = frame
      ? parseFloat(s.borderTopWidth) + (parseFloat(s.boxShadow.match(/(\d+(?:\.\d+)?)px\s*(?:inset)?\s*$/)?.[1] ?? "0") || 0)
      : s.outlineStyle === "none" ? 0 : parseFloat(s.outlineWidth);
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    let bg = [255, 255, 255];
    for (let p = shown.parentElement; p; p = p.parentElement) {
      const b = rgb(getComputedStyle(p).backgroundColor);
      if (b.length >= 3 && (b[3] ?? 1) > 0.5) {
        bg = b;
        break;
      }
    }
    const lum = ([r, g, b]: number[]) => {
      const f = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const [hi, lo] = [lum(rgb(color)), lum(bg)].sort((a, b) => b - a);
    return { width, contrast: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100, how: `${frame ? "editor frame" : "outline"} ${color} on rgb(${bg.join(",")})` };
  });
  expect(ring.width, `focus ring width on ${what} (${ring.how})`).toBeGreaterThanOrEqual(2);
  expect(ring.contrast, `focus ring contrast on ${what} (${ring.how})`).toBeGreaterThanOrEqual(3);
}
