/**
 * Debian's headless Chromium through playwright-core. Playwright gives every launch a fresh
 * temporary user-data-dir (and removes it on close); each context is a separate person.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic", "--no-first-run",
  "--disable-component-update", "--disable-sync",
];

export interface Launched {
  browser: Browser;
  /** A fresh context: its own cookies, storage and IndexedDB — a second person. */
  context(opts?: Parameters<Browser["newContext"]>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function launch(): Promise<Launched> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test installs it when run as root)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    browser,
    context: (opts) => browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ["clipboard-read", "clipboard-write"], ...opts }),
    close: () => browser.close(),
  };
}
