/** In-page checks for the editor tests: pasting as the browser does, and where a caret's label sits. */
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** A paste event at the editor's caret, as the browser delivers one (no system clipboard needed). */
export async function pasteAtCaret(page: Page, text: string) {
  const outcome = await page.evaluate((t) => {
    const target = document.activeElement;
    if (!target?.closest(".monaco-editor")) return `the editor does not have focus (${target?.tagName ?? "nothing"} has)`;
    const data = new DataTransfer();
    data.setData("text/plain", t);
    const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
    target.dispatchEvent(event);
    return event.defaultPrevented ? "pasted" : "the editor did not take the paste";
  }, text);
  // A paste that silently went nowhere shows up much later as a timeout on the shared text.
  if (outcome !== "pasted") throw new Error(`paste of ${JSON.stringify(text)}: ${outcome}`);
}

/** Shown for a reader: visible and not faded. */
export async function isVisible(label: Locator): Promise<boolean> {
  return label.evaluate((el) => {
    const s = getComputedStyle(el);
    return s.visibility === "visible" && Number(s.opacity) > 0.9;
  });
}

/** The label lies within its caret's line box, and overlaps no other line's text. */
export async function expectLabelOnCaretLineOnly(page: Page, label: Locator) {
  const id = (await label.getAttribute("data-clients"))!.split(" ")[0];
  const result = await page.evaluate(({ id }) => {
    const labelEl = [...document.querySelectorAll<HTMLElement>(".duet-cursor-label")].find((l) => l.dataset.clients?.split(" ").includes(id))!;
    const l = labelEl.getBoundingClientRect();
    const c = document.querySelector(`.yRemoteSelectionHead-${id}`)!.getBoundingClientRect();
    const mid = c.top + c.height / 2;
    const lines = [...document.querySelectorAll<HTMLElement>(".monaco-editor .view-line")].map((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return { box: el.getBoundingClientRect(), text: range.getBoundingClientRect() };
    });
    const own = lines.find((x) => x.box.top <= mid && mid < x.box.bottom)!;
    const overlaps = lines
      .filter((x) => x !== own && x.text.width > 0)
      .filter((x) => l.left < x.text.right && x.text.left < l.right && l.top < x.text.bottom - 0.5 && x.text.top + 0.5 < l.bottom);
    return { inLine: l.top >= own.box.top - 0.5 && l.bottom <= own.box.bottom + 0.5, overlaps: overlaps.length, height: l.height };
  }, { id });
  expect(result).toEqual({ inLine: true, overlaps: 0, height: expect.any(Number) });
}
