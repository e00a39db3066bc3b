/**
 * One cold join, timed end to end: a fresh browser context opens the candidate link, fills the
 * display name, and from the click on Join types one character into the editor as soon as it can
 * (as a person would: click the editor, press a key); the time ends when that character is in the
 * OTHER participant's editor DOM. Both pages read the same machine clock
 * (performance.timeOrigin + performance.now()), so the span crosses pages without skew.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";

export interface JoinSample {
  /** Click → the character rendered in the watcher's editor. */
  totalMs: number;
  /** Click → the join request answered. */
  joinedMs: number;
  /** The page opened (its navigation started), in ms after the click: negative, the time spent on the join page. */
  openedMs: number;
  /** Click → Monaco's DOM on the page. */
  mountedMs: number;
  /** Click → the keydown that typed the character (the editor took input). */
  typedMs: number;
  /** Click → the connection badge says saved (the code doc synced with the room). */
  syncedMs: number;
  /** JavaScript fetched by the joining page up to the keystroke, as served and gzip -6. */
  jsRaw: number;
  jsGzip: number;
  /** The scripts and their fetch spans (ms after the click), for the waterfall. */
  scripts: { url: string; start: number; end: number; raw: number }[];
}

const MARK = "q";

/** Watches the watcher's editor: the time each new MARK character appears in its DOM. */
export async function watch(watcher: Page): Promise<void> {
  // Plain strings: tsx would wrap named functions in a helper the page does not have.
  await watcher.evaluate(`(() => {
    const lines = document.querySelector(".monaco-editor .view-lines");
    const count = function () { return (lines.textContent || "").split(${JSON.stringify(MARK)}).length - 1; };
    window.__seen = [];
    window.__count = count();
    new MutationObserver(function () {
      const now = performance.timeOrigin + performance.now();
      const n = count();
      while (window.__count < n) { window.__count++; window.__seen.push(now); }
    }).observe(lines, { subtree: true, childList: true, characterData: true });
  })()`);
}

/**
 * `keyMs`: 0 fills the display name at once (a saved name, a script); more types it a key at a
 * time, that many ms apart, as a person does (the join page loads the editor meanwhile).
 */
export async function joinOnce(browser: Browser, link: string, watcher: Page, keyMs = 0): Promise<JoinSample> {
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await ctx.newPage();
    await page.addInitScript(`(() => {
      document.addEventListener("click", function (e) {
        // The event's own time (when the input happened), not when a busy page got to run this.
        if (e.target instanceof Element && e.target.closest('[data-testid="join"]')) window.__clickAt = performance.timeOrigin + e.timeStamp;
      }, true);
      // Page-side, so the marks carry no round trip to the bench process.
      new MutationObserver(function () {
        const now = performance.timeOrigin + performance.now();
        if (!window.__mountedAt && document.querySelector(".monaco-editor")) window.__mountedAt = now;
        if (!window.__syncedAt && document.querySelector('[data-status="saved"]')) window.__syncedAt = now;
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-status", "class"] });
      window.addEventListener("keydown", function (e) {
        if (e.key === ${JSON.stringify(MARK)} && !window.__keyAt) window.__keyAt = performance.timeOrigin + e.timeStamp;
      }, true);
    })()`);
    const bodies: Promise<{ url: string; raw: number; gzip: number }>[] = [];
    page.on("response", (res) => {
      if (res.request().resourceType() !== "script" && !/\.m?js(\?|$)/.test(res.url())) return;
      bodies.push(res.body().then((b) => ({ url: res.url(), raw: b.length, gzip: gzipSync(b, { level: 6 }).length }), () => ({ url: res.url(), raw: 0, gzip: 0 })));
    });
    await page.goto(link);
    if (keyMs > 0) await page.getByLabel("Display name").pressSequentially("Casey Jordan", { delay: keyMs });
    else await page.getByLabel("Display name").fill("Joiner");
    const seenBefore = await watcher.evaluate<number>("window.__seen.length");
    await page.getByTestId("join").click();
    await page.locator('[data-testid="editor"][data-readonly="false"] .monaco-editor .view-lines').click({ position: { x: 200, y: 10 } });
    await page.keyboard.press(MARK);
    const deadline = Date.now() + 20_000;
    while ((await watcher.evaluate<number>("window.__seen.length")) <= seenBefore) {
      if (Date.now() > deadline) {
        const text = (p: Page) => p.evaluate<string>(`document.querySelector(".monaco-editor .view-lines").textContent`);
        const status = await page.evaluate<string | null>(`document.querySelector('[data-testid="connection-status"]')?.getAttribute("data-status") ?? null`);
        throw new Error(`the joiner's character never reached the other participant (joiner's connection: ${status}): joiner ${JSON.stringify(await text(page))}, watcher ${JSON.stringify(await text(watcher))}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    await page.locator('[data-status="saved"]').waitFor();
    const seenAt = (await watcher.evaluate<number[]>("window.__seen"))[seenBefore];
    const clickAt = await page.evaluate<number>("window.__clickAt");
    const keyAt = await page.evaluate<number>("window.__keyAt");
    const mountedAt = await page.evaluate<number>("window.__mountedAt");
    const syncedAt = await page.evaluate<number>("window.__syncedAt");
    const openedAt = await page.evaluate<number>("performance.timeOrigin");
    const timing = await page.evaluate<{ name: string; startTime: number; responseEnd: number }[]>(
      `performance.getEntriesByType("resource").map(function (e) { return { name: e.name, startTime: performance.timeOrigin + e.startTime, responseEnd: performance.timeOrigin + e.responseEnd }; })`,
    );
    const joined = timing.find((e) => /\/join$/.test(new URL(e.name).pathname) && e.startTime >= clickAt);
    const all = await Promise.all(bodies);
    const byUrl = new Map(all.map((b) => [b.url, b]));
    const before = timing.filter((e) => byUrl.has(e.name) && e.startTime <= keyAt);
    const js = [...new Map(before.map((e) => [e.name, byUrl.get(e.name)!])).values()];
    return {
      totalMs: seenAt - clickAt,
      joinedMs: joined ? joined.responseEnd - clickAt : Number.NaN,
      openedMs: openedAt - clickAt,
      mountedMs: mountedAt - clickAt,
      typedMs: keyAt - clickAt,
      syncedMs: syncedAt - clickAt,
      jsRaw: js.reduce((a, b) => a + b.raw, 0),
      jsGzip: js.reduce((a, b) => a + b.gzip, 0),
      scripts: before.map((e) => ({ url: new URL(e.name).pathname, start: e.startTime - clickAt, end: e.responseEnd - clickAt, raw: byUrl.get(e.name)!.raw })),
    };
  } finally {
    await ctx.close();
  }
}
