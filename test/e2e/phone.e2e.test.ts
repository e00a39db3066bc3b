/**
 * Phones (issue 11): Monaco does not support touch, so a touch device gets the touch editor
 * (CodeMirror bound to the same Y.Text). In Chromium with a phone's viewport and touch, beside a
 * desktop browser and a stock Yjs client: join, tap and type, run and read the output; a phone and a
 * desktop type at once, converge and see each other's carets; the phone's Ctrl+Z removes only the
 * phone user's edit; a spectator on a phone follows, read-only. Monaco is never fetched on the phone.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Launched } from "./browser";
import { editorText, focusEditor, shot, until } from "./helpers";
import { joinPhone, PHONE, phoneCaretIds, phoneText, tapLineEnd, type PhonePage } from "./phone-page";
import { joinPage, newRoom, stockClient } from "./room";

const base = inject("baseUrl");
const MONACO_CHUNK = /MonacoPane-|editor\.worker/;

let browser: Launched;
const errors: string[] = [];
const stocks: { destroy(): void }[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const s of stocks) s.destroy();
  await browser?.close();
});

async function settle(what: string, expected: () => string, pages: { phones?: Page[]; desktops?: Page[] }) {
  for (const p of pages.phones ?? []) await until(async () => (await phoneText(p)) === expected(), `${what} on the phone (${await phoneText(p)})`);
  for (const p of pages.desktops ?? []) await until(async () => (await editorText(p)) === expected(), `${what} on the desktop (${await editorText(p)})`);
}

describe("a candidate on a phone", () => {
  let room: Awaited<ReturnType<typeof newRoom>>;
  let stock: Awaited<ReturnType<typeof stockClient>>;
  let phone: PhonePage;
  let desktop: Page;

  it("joins by tapping and gets the touch editor with the room's code; Monaco is never fetched", async () => {
    room = await newRoom(base, "Phone");
    stock = await stockClient(base, room);
    stocks.push(stock);
    stock.set("a = 1\nb = 2\n");
    phone = await joinPhone(browser, room, "candidate", "Pat Phone", errors);
    await settle("the room's code", () => "a = 1\nb = 2\n", { phones: [phone.page] });
    expect(await phone.page.getByTestId("editor").getAttribute("data-editor")).toBe("touch");
    expect(await phone.page.locator(".monaco-editor").count()).toBe(0);
    await shot(phone.page, "20-phone-editor");
  });

  it("edits by tapping and typing, runs, and reads the output in the console tab", async () => {
    await tapLineEnd(phone.page, 3); // the empty last line
    await phone.page.keyboard.type("print('phone', a + b * 20)");
    await until(async () => stock.text.toString() === "a = 1\nb = 2\nprint('phone', a + b * 20)", `the typing in the shared doc (${JSON.stringify(stock.text.toString())})`);
    await phone.page.getByTestId("run").tap();
    const out = phone.page.getByTestId("run-output");
    await out.waitFor({ state: "visible" }); // Run brought the console tab up
    await until(async () => (await out.textContent())!.includes("phone 41"), "the run's output", 30_000);
    await shot(phone.page, "21-phone-console");
    await phone.page.getByRole("tab", { name: "Code" }).tap();
    expect(phone.requests.filter((u) => MONACO_CHUNK.test(u))).toEqual([]);
  });

  it("a phone and a desktop type at once, converge, and see each other's carets with names", async () => {
    stock.set("one\ntwo\nthree\n");
    desktop = await joinPage(browser, room, "interviewer", "Dee Desktop", errors);
    await settle("the new text", () => "one\ntwo\nthree\n", { phones: [phone.page], desktops: [desktop] });
    await tapLineEnd(phone.page, 1);
    await focusEditor(desktop);
    await desktop.keyboard.press("ControlOrMeta+Home");
    await desktop.keyboard.press("ArrowDown");
    await desktop.keyboard.press("End");
    await Promise.all([phone.page.keyboard.type(" phone", { delay: 15 }), desktop.keyboard.type(" desk", { delay: 15 })]);
    const expected = "one phone\ntwo desk\nthree\n";
    await until(async () => stock.text.toString() === expected, `the shared doc (${JSON.stringify(stock.text.toString())})`);
    await settle("both edits", () => expected, { phones: [phone.page], desktops: [desktop] });

    // The phone draws the desktop's caret and name (the stock client has no caret); the desktop the phone's.
    await until(async () => (await phoneCaretIds(phone.page)).length === 1, "the desktop's caret on the phone");
    await until(async () => (await desktop.locator(".yRemoteSelectionHead").count()) === 1, "the phone's caret on the desktop");
    await desktop.keyboard.type("!");
    const onPhone = phone.page.locator(".duet-cursor-label", { hasText: "Dee Desktop" });
    await until(async () => (await onPhone.getAttribute("data-shown")) === "true", "the desktop's name on the phone");
    await phone.page.keyboard.type("?");
    const onDesktop = desktop.locator(".duet-cursor-label", { hasText: "Pat Phone" });
    await until(async () => (await onDesktop.getAttribute("data-shown")) === "true", "the phone's name on the desktop");
    // Each caret where its owner is: the desktop's after "desk!" on line 2, the phone's after "phone?" on line 1.
    await settle("the last keys", () => "one phone?\ntwo desk!\nthree\n", { phones: [phone.page], desktops: [desktop] });
    const caretLine = await phone.page.evaluate(() => {
      const caret = document.querySelector(".cm-duet-carets .yRemoteSelectionHead")!.getBoundingClientRect();
      const lines = [...document.querySelectorAll(".cm-content .cm-line")];
      const i = lines.findIndex((l) => { const r = l.getBoundingClientRect(); return r.top <= caret.top + caret.height / 2 && caret.top + caret.height / 2 < r.bottom; });
      const range = document.createRange();
      range.selectNodeContents(lines[i]);
      return { line: i + 1, atTextEnd: Math.abs(caret.left - range.getBoundingClientRect().right) < 4 };
    });
    expect(caretLine).toEqual({ line: 2, atTextEnd: true });
    await shot(phone.page, "22-phone-sees-desktop-caret");
    await shot(desktop, "23-desktop-sees-phone-caret");
  });

  it("a desktop can switch to the touch editor by hand and back", async () => {
    const fetched = () => desktop.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /PhonePane-/.test(n)));
    expect(await fetched()).toEqual([]); // the touch editor's chunk only when asked for
    await desktop.getByTestId("editor-switch").click();
    await desktop.locator(".cm-editor").waitFor();
    expect(await desktop.getByTestId("editor").getAttribute("data-editor")).toBe("touch");
    await settle("the same code", () => stock.text.toString(), { phones: [desktop] });
    await desktop.getByTestId("editor-switch").click();
    await desktop.locator(".monaco-editor").waitFor();
    await settle("the same code", () => stock.text.toString(), { desktops: [desktop] });
    await focusEditor(desktop);
    await desktop.keyboard.press("ControlOrMeta+End");
    await desktop.keyboard.type("# back");
    await until(async () => stock.text.toString().endsWith("# back"), `the desktop's typing after switching back (${JSON.stringify(stock.text.toString())})`);
  });

  it("a spectator on a phone follows the typing, read-only", async () => {
    const spectator = await joinPhone(browser, room, "spectator", "Sam Spectator", errors);
    await spectator.page.getByTestId("readonly-banner").waitFor();
    await settle("the code", () => stock.text.toString(), { phones: [spectator.page] });
    await tapLineEnd(spectator.page, 1);
    await spectator.page.keyboard.type("NOPE");
    const after = stock.text.toString().replace("phone?", "phone?!");
    await phone.page.keyboard.type("!"); // the phone's caret is after "phone?"
    await settle("the candidate's typing", () => after, { phones: [spectator.page] });
    expect(stock.text.toString()).toBe(after);
    // Carets already in awareness when a page joins are dropped by the awareness guard until their
    // owners move (the guard checks positions before the editor has made the buffer's type): move them.
    await phone.page.keyboard.press("ArrowLeft");
    await focusEditor(desktop);
    await desktop.keyboard.press("ControlOrMeta+Home");
    await until(async () => (await phoneCaretIds(spectator.page)).length === 2, "the participants' carets at the spectator");
    await shot(spectator.page, "25-phone-spectator");
    await spectator.page.context().close();
  });

  it("switching the language on the phone shows that buffer, its grammar loaded then and not before", async () => {
    const grammars = () => phone.requests.filter((u) => /\/assets\/dist-[^/]+\.js$/.test(u)).length;
    const before = grammars();
    await phone.page.getByTestId("language-select").selectOption("java");
    await until(async () => (await phoneText(phone.page)).includes("public class Main"), "the Java starter on the phone");
    await until(async () => grammars() > before, "the Java grammar fetched");
    const keyword = phone.page.locator(".cm-line span", { hasText: /^class$/ }).first();
    await until(async () => (await keyword.evaluate((el) => getComputedStyle(el).color)) === "rgb(0, 0, 255)", "`class` coloured as a keyword");
    await shot(phone.page, "26-phone-java");
  });
});

describe("undo on the phone", () => {
  it("after the desktop typed above, the phone's Ctrl+Z removes only the phone user's edit, everywhere; Ctrl+Shift+Z and Ctrl+Y redo", async () => {
    const STARTER = "line1\nline2\nline3\n";
    const room = await newRoom(base, "Phone undo");
    const stock = await stockClient(base, room);
    stocks.push(stock);
    stock.set(STARTER);
    const { page: phone } = await joinPhone(browser, room, "candidate", "Pat Phone", errors);
    const desktop = await joinPage(browser, room, "interviewer", "Dee Desktop", errors);
    await settle("the starter", () => STARTER, { phones: [phone], desktops: [desktop] });

    await tapLineEnd(phone, 4);
    await phone.keyboard.type("CAND");
    await settle("the phone's edit", () => `${STARTER}CAND`, { desktops: [desktop] });
    await focusEditor(desktop);
    await desktop.keyboard.press("ControlOrMeta+Home");
    await desktop.keyboard.type("IV-");
    const both = `IV-${STARTER}CAND`;
    const without = `IV-${STARTER}`;
    await settle("the desktop's edit", () => both, { phones: [phone] });

    await phone.keyboard.press("ControlOrMeta+Z");
    await settle("undo", () => without, { phones: [phone], desktops: [desktop] });
    await until(async () => stock.text.toString() === without, "undo in the shared document");
    await shot(phone, "24-phone-undo-own-edit-only");
    await phone.keyboard.press("ControlOrMeta+Shift+Z");
    await settle("redo (Ctrl+Shift+Z)", () => both, { phones: [phone], desktops: [desktop] });
    await phone.keyboard.press("ControlOrMeta+Z");
    await settle("undo again", () => without, { phones: [phone], desktops: [desktop] });
    await phone.keyboard.press("ControlOrMeta+Y");
    await settle("redo (Ctrl+Y)", () => both, { phones: [phone], desktops: [desktop] });
    for (let i = 0; i < 3; i++) await phone.keyboard.press("ControlOrMeta+Z"); // nothing of the desktop's is the phone's to undo
    await settle("only the phone's edits undone", () => without, { phones: [phone], desktops: [desktop] });
    await until(async () => stock.text.toString() === without, "the shared document");
    await Promise.all([phone.context().close(), desktop.context().close()]);
  });
});

describe("the landing page on a phone", () => {
  const PHONE_360 = { ...PHONE, viewport: { width: 360, height: 740 } };
  /** Elements reaching past the screen's right edge, for the failure message. */
  const sideways = (page: Page) => page.evaluate((screen) => {
    const wide = [...document.querySelectorAll<HTMLElement>("body *")].filter((el) => el.getBoundingClientRect().right > screen + 0.5);
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, wide: wide.slice(0, 12).map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`) };
  }, PHONE_360.viewport.width);

  it("fits a 360 px screen, before and after a room is created, and with the room in its list: nothing scrolls sideways", async () => {
    const page = await (await browser.context(PHONE_360)).newPage();
    page.on("pageerror", (e) => errors.push(`landing: ${e.message}`));
    const fits = async (what: string) => {
      const seen = await sideways(page);
      // A phone widens its layout viewport to content wider than the screen (zoomed out): the screen's width is the measure.
      expect(seen.innerWidth, `${what}: ${JSON.stringify(seen)}`).toBe(PHONE_360.viewport.width);
      expect(seen.scrollWidth, `${what}: ${JSON.stringify(seen)}`).toBeLessThanOrEqual(seen.innerWidth);
    };
    await page.goto(base);
    await page.getByTestId("create-room").waitFor();
    await fits("the start page");
    await shot(page, "27-phone-landing-360");
    await page.locator('input[name="name"]').fill("Ivy Phone-Interviewer");
    await page.locator('input[name="title"]').fill("A rather long interview title for a small screen");
    await page.getByTestId("create-room").tap();
    await page.getByTestId("link-candidate").waitFor();
    await fits("the room's links");
    await page.reload();
    await page.getByTestId("create-room").waitFor();
    await fits("the start page with the room in its list");
    // The longest words: the pseudo-locale (~40 % longer) and the catalogues with the longest strings.
    for (const locale of ["en-XA", "es", "hi", "pt-BR"]) {
      await page.evaluate((l) => localStorage.setItem("duet:locale", l), locale);
      await page.reload();
      await page.getByTestId("create-room").waitFor();
      await until(async () => (await page.evaluate(() => document.documentElement.lang)) === locale, `the page in ${locale}`);
      await fits(`the start page in ${locale}`);
    }
    await page.context().close();
  });
});

describe("no errors", () => {
  it("no page broke the content security policy, threw or logged an error", () => {
    expect(browser.problems()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
