/**
 * The HTML export opened as a file, in Chromium, as whoever receives it would: a room whose title,
 * names, chat and code all try to break out of the page (`</script>`, an `<img onerror>` setting
 * window.__pwned) replays with none of it run, no request made (not even for an image or a font),
 * nothing against its policy, and the scrubber shows the code as it stood at that moment.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { createRoom, joinAs } from "../../scripts/lib/room-api.mjs";
import { launch, type Launched } from "./browser";
import { shot, until } from "./helpers";
import { stockClient } from "./room";

const base = inject("baseUrl");
const PWN = `</script><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>`;
const FIRST = `# first try ${PWN}\nprint("<!--")\n`;
/** Names are at most 64 characters. */
const NAME_PWN = `</script><img src=x onerror=window.__pwned=5>`;
const SECOND = `print("</script><img src=x onerror=window.__pwned=3>")\n`;

function applyDelta(text: string, ops: { retain?: number; insert?: string; delete?: number }[]): string {
  let out = "";
  let pos = 0;
  for (const op of ops) {
    if (op.retain !== undefined) (out += text.slice(pos, pos + op.retain)), (pos += op.retain);
    else if (op.insert !== undefined) out += op.insert;
    else pos += op.delete ?? 0;
  }
  return out + text.slice(pos);
}

let browser: Launched;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function api(path: string, token: string, body?: unknown): Promise<Response> {
  const res = await fetch(`${base}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res;
}

describe("the HTML export, opened from disk", () => {
  let file: string;
  /** The chat line's place among the events: the moment before it, the first version was the code. */
  let chatAt: number;
  let starter: string;
  let page: Page;
  const requests: string[] = [];
  const dialogs: string[] = [];

  it("is exported from a room where everyone tried to inject", async () => {
    const room = await createRoom(base, { title: `Backend ${PWN}` });
    const ivy = await joinAs(base, room, "interviewer", `Ivy ${NAME_PWN}`);
    const cam = await joinAs(base, room, "candidate", "Mallory <img src=x onerror=window.__pwned=4>");
    const exportPath = pathTo(ROUTES.recordExport, { roomId: room.roomId });
    type Exported = { events: { kind: string; language?: string; userId?: string; delta?: { retain?: number; insert?: string; delete?: number }[] }[] };
    const exportedJson = async (): Promise<Exported> => (await api(exportPath, ivy.token)).json();
    const edits = async () => (await exportedJson()).events.filter((e) => e.kind === "edit").length;
    const typist = await stockClient(base, room, "candidate", "Cam");
    // Each version in the record before what follows it (edits reach the record as it is read).
    const typed = async (text: string) => {
      const before = await edits();
      typist.set(text);
      await until(async () => (await edits()) > before, "the edit in the record");
    };
    await typed(FIRST);
    await api(pathTo(ROUTES.chat, { roomId: room.roomId }), cam.token, { text: `hi ${PWN}` });
    await typed(SECOND);
    const { runId } = (await (await api(pathTo(ROUTES.startRun, { roomId: room.roomId }), ivy.token, { language: "python" })).json()) as { runId: string };
    await until(async () => (await exportedJson()).events.some((e) => e.kind === "run.end"), "the run's end in the record", 60_000);
    typist.destroy();
    const record = await exportedJson();
    chatAt = record.events.findIndex((e) => e.kind === "chat");
    // The Room's own writes before anyone's edit: the starter, where the buffer starts at every moment.
    const firstAuthored = record.events.findIndex((e) => e.kind === "edit" && e.userId);
    const opening = record.events.slice(0, firstAuthored).filter((e) => e.kind === "edit" && e.language === "python");
    starter = opening.reduce((text, e) => applyDelta(text, e.delta ?? []), "");
    expect(starter).not.toBe("");
    expect(runId).toBeTruthy();
    const res = await api(`${exportPath}?format=html`, ivy.token);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="duet-record-[A-Za-z0-9_-]+-\d{4}-\d\d-\d\d\.html"$/);
    const html = await res.text();
    expect(html).not.toContain("onerror=\"window"); // the hostile markup only ever as escaped JSON
    file = join(mkdtempSync(join(tmpdir(), "duet-export-")), "record.html");
    writeFileSync(file, html);
  });

  it("replays with no request, no script of theirs and nothing against its policy", async () => {
    const context = await browser.context();
    await context.route("**/*", (route) => {
      requests.push(route.request().url());
      return route.request().url().startsWith("file:") ? route.continue() : route.abort();
    });
    page = await context.newPage();
    page.on("request", (r) => void (r.url() !== pathToFileURL(file).href && requests.push(r.url())));
    page.on("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
    await page.goto(pathToFileURL(file).href);
    await page.locator("#events li").first().waitFor();
    await page.waitForTimeout(500); // room for anything deferred (an image's error, a timer) to try
    expect(requests.filter((u) => u !== pathToFileURL(file).href)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(2); // the data block and the replayer, nothing a participant wrote
    expect(browser.problems()).toEqual([]);
    // What they wrote is on the page, as text.
    expect(await page.locator("h1").textContent()).toBe(`Backend ${PWN}`);
    expect(await page.locator("#chat").textContent()).toContain(`hi ${PWN}`);
    expect(await page.locator("#console").textContent()).toContain("</script><img src=x onerror=window.__pwned=3>");
    await shot(page, "record-export-html");
  });

  it("scrubbing shows the code of that moment", async () => {
    expect(await page.locator("#code").textContent()).toBe(SECOND);
    await page.locator("#scrubber").fill(String(chatAt));
    expect(await page.locator("#code").textContent()).toBe(FIRST);
    expect(await page.locator("#chat li").count()).toBe(0);
    await page.locator("#scrubber").fill(String(chatAt + 1));
    expect(await page.locator("#chat li").allTextContents()).toEqual([`Mallory <img src=x onerror=window.__pwned=4> (candidate): hi ${PWN}`]);
    await page.locator("#scrubber").fill("0");
    expect(await page.locator("#code").textContent()).toBe(starter);
    await page.locator("#play").click();
    await until(async () => (await page.locator("#code").textContent()) === SECOND, "playing to the end", 20_000);
    expect(requests.filter((u) => u !== pathToFileURL(file).href)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});
