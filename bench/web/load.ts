/**
 * Initial page load in headless Chromium, cold (a fresh context each time): the JavaScript the
 * browser fetched (a) for the landing page, (b) for the room up to its shell (top bar, panels)
 * and (c) up to the moment the editor is on screen, which includes the lazy Monaco chunk.
 * Bytes are the files as served (wrangler dev does not compress) and as gzip -6 would send them.
 */
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";

export interface JsBytes { files: number; raw: number; gzip: number }
export interface LoadSample { landing: JsBytes; shell: JsBytes; editor: JsBytes; shellMs: number; editorMs: number }

function track(page: Page) {
  const seen: { url: string; raw: number; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on("response", (res) => {
    const type = res.request().resourceType();
    if (type !== "script" && !/\.m?js(\?|$)/.test(res.url())) return;
    pending.push(res.body().then((b) => void seen.push({ url: res.url(), raw: b.length, gzip: gzipSync(b, { level: 6 }).length }), () => {}));
  });
  return async (): Promise<JsBytes> => {
    await Promise.all(pending);
    const uniq = new Map(seen.map((s) => [s.url, s]));
    const all = [...uniq.values()];
    return { files: all.length, raw: all.reduce((a, s) => a + s.raw, 0), gzip: all.reduce((a, s) => a + s.gzip, 0) };
  };
}

export async function loadOnce(browser: Browser, base: string, candidateLink: string): Promise<LoadSample> {
  let landingBytes: JsBytes;
  const ctx = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const landing = await ctx.newPage();
    const landingJs = track(landing);
    await landing.goto(base);
    await landing.getByTestId("create-room").waitFor();
    landingBytes = await landingJs();
  } finally {
    await ctx.close();
  }
  // The room in a cold context of its own: everything from opening the link to the editor.
  const ctx2 = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  try {
    const page = await ctx2.newPage();
    const js = track(page);
    await page.goto(candidateLink);
    await page.getByLabel("Display name").fill("Bench");
    const t0 = Date.now();
    await page.getByTestId("join").click();
    await page.locator(".topbar").waitFor();
    const shellMs = Date.now() - t0;
    const shell = await js();
    await page.locator(".monaco-editor .view-lines").waitFor();
    const editorMs = Date.now() - t0;
    const editor = await js();
    return { landing: landingBytes, shell, editor, shellMs, editorMs };
  } finally {
    await ctx2.close();
  }
}
