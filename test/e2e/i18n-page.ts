/**
 * In-page checks for the pseudo-locale pass: text that the pseudo-locale (en-XA) did not reach,
 * and text that its longer strings made overflow its box. What is not the interface's own words
 * is left out: people's content and code (translate="no", <bdi>, dir="auto", editors, output,
 * statements, form fields, <pre>/<code>) and the brand.
 */
import type { Page } from "playwright-core";
import { PSEUDO_MARK } from "../../web/src/i18n/pseudo";

/** Containers whose text is content, code or a name, never the interface's words. */
const NOT_UI = [
  "[translate=no]", "bdi", "[dir=auto]", ".monaco-editor", ".cm-editor", ".run-output", ".markdown", "pre", "code",
  "textarea", "input", "select", "option", "script", "style", "noscript", "svg",
].join(", ");

export interface TextProblems {
  /** Visible text (or a text attribute) with letters and no pseudo-locale mark. */
  untranslated: string[];
  /**
   * Elements whose own text is wider than their box (scrollWidth > clientWidth), a page that
   * scrolls sideways, and text or controls drawn over each other in one region (a bar, a dialog,
   * a form): what overflows to the start side, which scrollWidth does not count.
   */
  clipped: string[];
}

export async function textProblems(page: Page): Promise<TextProblems> {
  return page.evaluate(
    ({ mark, notUi }) => {
      const marked = new RegExp(mark, "u");
      const words = /\p{L}/u;
      const brand = /^(Duet)$/;
      const describe = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${el.classList.length ? `.${[...el.classList].join(".")}` : ""}`;
      // Hidden (display:none, hidden tabs and dialogs) is not on screen; sr-only text is read out, so it counts.
      const shown = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === "fixed";
      const untranslated = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? "").trim();
        const el = n.parentElement;
        if (!el || !words.test(text) || marked.test(text) || brand.test(text) || el.closest(notUi) || !shown(el)) continue;
        untranslated.add(`${describe(el)}: ${JSON.stringify(text)}`);
      }
      for (const el of document.querySelectorAll("[aria-label], [title], [placeholder], [aria-description]")) {
        if (el.closest(".monaco-editor, .cm-editor, [translate=no]") || !shown(el)) continue;
        for (const attr of ["aria-label", "title", "placeholder", "aria-description"]) {
          const v = el.getAttribute(attr);
          if (v && words.test(v) && !marked.test(v) && !brand.test(v) && !el.closest("[translate=no]")) untranslated.add(`${describe(el)}[${attr}]: ${JSON.stringify(v)}`);
        }
      }
      const clipped: string[] = [];
      for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
        if (el.closest(notUi) || el.closest(".sr-only") || !shown(el)) continue;
        const ownText = [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && words.test(c.textContent ?? ""));
        const textBox = el.matches("button, a, label, th, td, h1, h2, h3, h4, p, li, summary") && words.test(el.textContent ?? "");
        if (!ownText && !textBox) continue;
        if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) clipped.push(`${describe(el)}: ${el.scrollWidth} > ${el.clientWidth} ${JSON.stringify(el.textContent?.trim().slice(0, 60))}`);
      }
      // Overlaps: every visible box with words or a control, paired within its region.
      const boxes = [...document.body.querySelectorAll<HTMLElement>("*")].filter((el) => {
        if (el.closest(".monaco-editor, .cm-editor, .sr-only, option, [aria-hidden=true]") || !shown(el)) return false;
        if (el.matches("button, select, input, textarea")) return true;
        return [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && words.test(c.textContent ?? ""));
      });
      /** The part of an element not cut away by an ancestor's overflow or clip (visually hidden text has none). */
      const visibleRect = (el: Element) => {
        let { left, top, right, bottom } = el.getBoundingClientRect();
        for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
          const s = getComputedStyle(a);
          if (s.overflowX === "visible" && s.overflowY === "visible" && s.clip === "auto" && s.clipPath === "none") continue;
          const r = a.getBoundingClientRect();
          left = Math.max(left, r.left); top = Math.max(top, r.top); right = Math.min(right, r.right); bottom = Math.min(bottom, r.bottom);
        }
        return { left, top, right, bottom };
      };
      const region = (el: Element) => el.closest("header, nav, [role=dialog], [role=alertdialog], form, [role=tablist], .console-head, .card, .panel-empty");
      const rects = boxes.map((el) => ({ el, r: visibleRect(el), region: region(el) })).filter(({ r }) => r.right - r.left > 1 && r.bottom - r.top > 1);
      for (let i = 0; i < rects.length; i++) {
        for (let j = i + 1; j < rects.length; j++) {
          const a = rects[i];
          const b = rects[j];
          if (!a.region || a.region !== b.region || a.el.contains(b.el) || b.el.contains(a.el)) continue;
          const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (w > 2 && h > 2) clipped.push(`${describe(a.el)} ${JSON.stringify(a.el.textContent?.trim().slice(0, 30))} overlaps ${describe(b.el)} ${JSON.stringify(b.el.textContent?.trim().slice(0, 30))}`);
        }
      }
      const page = document.documentElement;
      if (page.scrollWidth > page.clientWidth) clipped.push(`the page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
      return { untranslated: [...untranslated], clipped };
    },
    { mark: PSEUDO_MARK.source, notUi: NOT_UI },
  );
}
