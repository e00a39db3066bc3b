/** Page helpers for the end-to-end tests: the editor's text, typing into Monaco, screenshots. */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";

export const ARTIFACTS = fileURLToPath(new URL("../../test-artifacts/e2e/", import.meta.url));
mkdirSync(ARTIFACTS, { recursive: true });

export async function shot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage });
}

/** The text in the visible Monaco editor (its model, not the rendered lines). */
export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll(".monaco-editor .view-line")] as HTMLElement[];
    return lines
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => l.textContent?.replace(/\u00a0/g, " ") ?? "")
      .join("\n");
  });
}

export async function focusEditor(page: Page): Promise<void> {
  await page.locator(".monaco-editor .view-lines").click({ position: { x: 200, y: 10 } });
}

/** Pastes `text` at the caret (or over the whole buffer). The context needs clipboard permissions. */
export async function typeInEditor(page: Page, text: string, { replace = false } = {}): Promise<void> {
  await focusEditor(page);
  if (replace) {
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
  }
  // Pasted, as a person would: typing would have Monaco auto-close brackets and quotes.
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press("ControlOrMeta+V");
}

export async function until(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
