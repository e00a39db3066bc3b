/**
 * Debian's headless Chromium through playwright-core. Playwright gives every launch a fresh
 * temporary user-data-dir (and removes it on close); each context is a separate person. Every
 * page of every context is watched for Content-Security-Policy violations and uncaught errors;
 * each test file ends by asserting there were none (`problems()`).
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
  /** CSP violations and uncaught page errors so far, on any page, in words. */
  problems(): string[];
  close(): Promise<void>;
}

/** Reports the document's CSP violations to the test (workers report theirs on the console). */
async function watch(context: BrowserContext, problems: string[]): Promise<BrowserContext> {
  await context.exposeBinding("__duetCspViolation", ({ page }, v: string) => void problems.push(`CSP violation on ${page.url()}: ${v}`));
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __duetCspViolation(v: string): void }).__duetCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  context.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) problems.push(`CSP console error on ${m.page()?.url()}: ${m.text()}`);
  });
  context.on("page", (page) => page.on("pageerror", (e) => problems.push(`uncaught error on ${page.url()}: ${e.message}`)));
  return context;
}

export async function launch(): Promise<Launched> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (npm test installs it when run as root)`);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const problems: string[] = [];
  return {
    browser,
    context: async (opts) =>
      watch(await browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ["clipboard-read", "clipboard-write"], ...opts }), problems),
    problems: () => [...problems],
    close: () => browser.close(),
  };
}
