/**
 * A participant on a phone for the end-to-end tests: a touch-screen, mobile-viewport context
 * (390×844, as an iPhone 13/14), joining through the invite link by tapping, and the touch editor's
 * text and carets read from its DOM.
 */
import type { Page } from "playwright-core";
import type { Launched } from "./browser";
import { until } from "./helpers";
import type { Role, TestRoom } from "./room";

export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, hasTouch: true, isMobile: true } as const;

export interface PhonePage { page: Page; requests: string[] }

/** Joins as `role` on a phone; console errors and page errors go into `errors`, every request URL into `requests`. */
export async function joinPhone(browser: Launched, room: TestRoom, role: Role, name: string, errors: string[]): Promise<PhonePage> {
  const page = await (await browser.context(PHONE)).newPage();
  const requests: string[] = [];
  page.on("request", (r) => void requests.push(r.url()));
  page.on("console", (m) => void (m.type() === "error" && errors.push(`${name}: ${m.text()}`)));
  page.on("pageerror", (e) => errors.push(`${name}: ${e.message}`));
  await page.goto(room.links[role]);
  await page.getByLabel("Display name").fill(name);
  await page.getByTestId("join").tap();
  await page.locator(".cm-editor").waitFor();
  await until(async () => (await page.getByTestId("connection-status").getAttribute("data-status")) === "saved", `${name} connected`);
  return { page, requests };
}

/** The touch editor's text as shown (its rendered lines; a hidden `\r` is not in them). */
export async function phoneText(page: Page): Promise<string> {
  return page.locator(".cm-content .cm-line").evaluateAll((lines) => lines.map((l) => l.textContent ?? "").join("\n"));
}

/** Taps the end of line `n` (1-based; past the text, where a finger would), putting the caret there. */
export async function tapLineEnd(page: Page, n: number): Promise<void> {
  const line = page.locator(".cm-content .cm-line").nth(n - 1);
  const box = (await line.boundingBox())!;
  await line.tap({ position: { x: box.width - 4, y: box.height / 2 } });
}

/** Remote carets drawn in the touch editor, by client id. */
export async function phoneCaretIds(page: Page): Promise<string[]> {
  return page.locator(".cm-duet-carets .yRemoteSelectionHead").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.client ?? ""));
}
