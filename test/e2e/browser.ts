/**
 * Debian's headless Chromium through playwright-core. Playwright gives every launch a fresh
 * temporary user-data-dir (and removes it on close); each context is a separate person. Every
 * page of every context is watched for Content-Security-Policy violations and uncaught errors;
 * each test file ends by asserting there were none (`problems()`).
 */
import { appendFileSync, existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, errors, type Browser, type BrowserContext, type Page } from "playwright-core";

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
  context.on("page", (page) => {
    page.on("pageerror", (e) => problems.push(`uncaught error on ${page.url()}: ${e.message}`));
    retryStalledNavigation(page);
  });
  return context;
}

/** Where each retried navigation is written down, beside wrangler dev's own request log. */
const STALLS_LOG = fileURLToPath(new URL("../../test-artifacts/e2e-stalls.log", import.meta.url));

/**
 * wrangler dev's static-asset serving now and then holds one asset request until the browser
 * gives up: test-artifacts/e2e-wrangler.log of a clean CI run shows `GET /assets/settings-….js
 * 200 OK (30132ms)` while the page's other five assets came in 9–45 ms, and nothing else was
 * asked meanwhile. Assets are served before the Worker runs (wrangler.toml run_worker_first lists
 * only /api/* and /healthz), so none of Duet's code is on that path; production serves them from
 * Cloudflare's edge. A navigation that waits 20 s for `load` is therefore tried once more, and
 * the stall is written to test-artifacts/e2e-stalls.log — never silently, and only once: a
 * second stall fails the test as before.
 */
function retryStalledNavigation(page: Page): void {
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    try {
      return await goto(url, { ...options, timeout: options?.timeout ?? 20_000 });
    } catch (e) {
      if (!(e instanceof errors.TimeoutError) || page.isClosed()) throw e;
      mkdirSync(dirname(STALLS_LOG), { recursive: true });
      appendFileSync(STALLS_LOG, `${new Date().toISOString()} ${url}: ${e.message.split("\n")[0]}; navigating again\n`);
      console.warn(`e2e: ${url} did not load in 20 s (a wrangler dev asset stall, see test-artifacts/e2e-stalls.log); navigating again`);
      return goto(url, options);
    }
  };
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
