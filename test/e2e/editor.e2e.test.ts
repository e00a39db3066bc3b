/**
 * The editor core (issue 11), in Chromium with real people and a stock Yjs client:
 * undo is per person and exact after someone typed above; CRLF from another client never shifts
 * anyone's typing; remote carets and names show without errors and without hiding code.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Launched } from "./browser";
import { editorText, focusEditor, shot, until } from "./helpers";
import { expectLabelOnCaretLineOnly, isVisible, pasteAtCaret } from "./editor-page";
import { joinPage, newRoom, stockClient } from "./room";

const base = inject("baseUrl");
const STARTER = "line1\nline2\nline3\n";
/**
 * The Room removes `\r` from code docs with a forward edit (durable-objects/room/line-endings.ts):
 * `\r\n` loses its `\r`, a lone `\r` becomes `\n`. The client alone guarantees editors identical to
 * the document without its `\r`; with this set, the document itself must also end LF-only.
 */
const ROOM_REMOVES_CR = true;

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

async function settle(pages: Page[], expected: string, what: string) {
  for (const p of pages) await until(async () => (await editorText(p)) === expected, `${what} (${await editorText(p)})`);
}

describe("undo is per person and exact", () => {
  it("the candidate's Ctrl+Z after the interviewer typed above removes only the candidate's edit, on both screens; Ctrl+Shift+Z and Ctrl+Y redo; Ctrl+G and F1 work", async () => {
    const room = await newRoom(base, "Undo");
    const stock = await stockClient(base, room);
    stocks.push(stock);
    stock.set(STARTER);
    const interviewer = await joinPage(browser, room, "interviewer", "Ivy Interviewer", errors);
    const candidate = await joinPage(browser, room, "candidate", "Cam Candidate", errors);
    await settle([interviewer, candidate], STARTER, "the starter");

    await focusEditor(candidate);
    await candidate.keyboard.press("ControlOrMeta+End");
    await candidate.keyboard.type("CAND");
    await settle([interviewer], `${STARTER}CAND`, "the candidate's edit at the interviewer");
    await focusEditor(interviewer);
    await interviewer.keyboard.press("ControlOrMeta+Home");
    await interviewer.keyboard.type("IV-");
    const both = `IV-${STARTER}CAND`;
    await settle([candidate], both, "the interviewer's edit at the candidate");

    const without = `IV-${STARTER}`;
    await candidate.keyboard.press("ControlOrMeta+Z");
    await settle([candidate, interviewer], without, "undo on both screens");
    await until(async () => stock.text.toString() === without, "undo in the shared document");
    await shot(candidate, "17-undo-own-edit-only");

    await candidate.keyboard.press("ControlOrMeta+Shift+Z");
    await settle([candidate, interviewer], both, "redo (Ctrl+Shift+Z)");
    await candidate.keyboard.press("ControlOrMeta+Z");
    await settle([candidate, interviewer], without, "undo again");
    await candidate.keyboard.press("ControlOrMeta+Y");
    await settle([candidate, interviewer], both, "redo (Ctrl+Y)");
    await until(async () => stock.text.toString() === both, "redo in the shared document");
    // Nothing of the interviewer's is the candidate's to undo.
    for (let i = 0; i < 3; i++) await candidate.keyboard.press("ControlOrMeta+Z");
    await settle([candidate, interviewer], without, "only the candidate's edits undone");

    // A code editor's keyboard habits: Ctrl+G goes to a line, F1 opens the command palette.
    await candidate.keyboard.press("Control+G");
    await candidate.locator(".quick-input-widget input").waitFor();
    await candidate.keyboard.type("3");
    await candidate.keyboard.press("Enter");
    await candidate.keyboard.type("G:");
    await settle([candidate, interviewer], "IV-line1\nline2\nG:line3\n", "typed at the start of line 3 after Ctrl+G");
    await candidate.keyboard.press("F1");
    await candidate.locator(".quick-input-widget input").waitFor();
    await candidate.keyboard.press("Escape");
    await Promise.all([interviewer.context().close(), candidate.context().close()]);
  });
});

describe("line endings", () => {
  let stock: Awaited<ReturnType<typeof stockClient>>;
  let crPages: Page[] = [];
  afterAll(() => Promise.all(crPages.map((p) => p.context().close())));

  /**
   * What both editors must show, whatever the Room makes of the lone \r ("xy" when removed, as
   * DESIGN says; "x\ny" were it replaced): every typed and pasted character where it was put.
   */
  const TYPED = /^start\n\nalpha!\nbeta\ngamma-cd\nx\n?y\n# end-iv\nwin\n$/;

  it("CRLF and a lone CR from a stock client, then both browsers type and paste: editors and document agree, every character where it was typed", async () => {
    const room = await newRoom(base, "CRLF");
    stock = await stockClient(base, room);
    stocks.push(stock);
    stock.set("start\n");
    stock.text.insert(stock.text.length, "\nalpha\r\nbeta\r\ngamma\nx\ry\n");
    const interviewer = await joinPage(browser, room, "interviewer", "Ivy Interviewer", errors);
    const candidate = await joinPage(browser, room, "candidate", "Cam Candidate", errors);
    crPages = [interviewer, candidate];
    const lone = ROOM_REMOVES_CR ? "x\ny" : "xy"; // the Room made the lone \r a line break before anyone joined
    await settle([interviewer, candidate], `start\n\nalpha\nbeta\ngamma\n${lone}\n`, "the text without its \\r");

    await focusEditor(candidate);
    await candidate.keyboard.press("ControlOrMeta+Home");
    for (let i = 0; i < 4; i++) await candidate.keyboard.press("ArrowDown");
    await candidate.keyboard.press("End");
    await candidate.keyboard.type("-cd"); // end of "gamma", after two CRLFs
    await focusEditor(interviewer);
    await interviewer.keyboard.press("ControlOrMeta+End");
    await interviewer.keyboard.type("# end-iv");
    await candidate.keyboard.press("ControlOrMeta+Home");
    await candidate.keyboard.press("ArrowDown");
    await candidate.keyboard.press("ArrowDown");
    await candidate.keyboard.press("End");
    await candidate.keyboard.type("!"); // end of "alpha", before its CRLF
    await interviewer.keyboard.press("ControlOrMeta+End");
    await pasteAtCaret(interviewer, "\r\nwin\r\n"); // from a Windows clipboard

    const shown = () => stock.text.toString().replace(/\r/g, "");
    try {
      await until(async () => TYPED.test(shown()), "the shared document", 30_000);
    } catch (e) {
      // Twice in full clean-clone runs (never alone) the pasted line did not reach the stock client:
      // say where it got to, so the next failure tells whether the browser, the socket or the Room lost it.
      const where = { shared: stock.text.toString(), interviewer: await editorText(interviewer), candidate: await editorText(candidate) };
      throw new Error(`${(e as Error).message}: ${JSON.stringify(where)}`);
    }
    for (const page of [interviewer, candidate]) await until(async () => (await editorText(page)) === shown(), "each editor shows the document");
    expect(stock.text.toString()).toContain("# end-iv\nwin\n"); // the browser's paste arrived as LF
    await shot(candidate, "18-crlf-typed-in-place");
  });

  it("when a client removes the \\r with a forward edit (what the Room will do), nothing moves in the editors", async () => {
    const text = stock.text.toString();
    stock.doc.transact(() => {
      for (let i = text.lastIndexOf("\r"); i !== -1; i = text.lastIndexOf("\r", i - 1)) stock.text.delete(i, 1);
    });
    const lf = stock.text.toString();
    expect(lf).toMatch(TYPED);
    expect(lf).not.toContain("\r");
    for (const page of crPages) await until(async () => (await editorText(page)) === lf, "each editor, unchanged");
  });

  it.skipIf(!ROOM_REMOVES_CR)("and the shared document is LF-only (the Room's forward edit)", async () => {
    await until(async () => !stock.text.toString().includes("\r"), "no \\r in the document");
    expect(stock.text.toString()).toMatch(TYPED);
  });
});

describe("remote carets and names", () => {
  const people = ["Ivy Interviewer", "Cam Candidate", "Cy Second"] as const;
  let pages: Page[] = [];

  it("three people type: no page error or console error, every remote caret present", async () => {
    const room = await newRoom(base, "Carets");
    const stock = await stockClient(base, room);
    stocks.push(stock);
    stock.set("a = 1\nb = 2\nc = 3\nd = 4\n");
    pages = [
      await joinPage(browser, room, "interviewer", people[0], errors),
      await joinPage(browser, room, "candidate", people[1], errors),
      await joinPage(browser, room, "candidate", people[2], errors),
    ];
    for (const [i, page] of pages.entries()) {
      await focusEditor(page);
      await page.keyboard.press("ControlOrMeta+Home");
      for (let k = 0; k < i; k++) await page.keyboard.press("ArrowDown");
      await page.keyboard.press("End");
    }
    for (let round = 0; round < 3; round++) {
      for (const [i, page] of pages.entries()) await page.keyboard.type(` # ${i}${round}`, { delay: 10 });
    }
    await until(async () => stock.text.toString().includes(" # 22"), "everyone's typing in the document");
    for (const page of pages) await until(async () => (await page.locator(".yRemoteSelectionHead").count()) === 2, "two remote carets on every page");
    for (const page of pages) {
      const ids = await page.locator(".yRemoteSelectionHead").evaluateAll((els) => els.map((e) => [...e.classList].find((c) => /-\d+$/.test(c))));
      expect(new Set(ids).size).toBe(2); // one caret per client
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(errors).toEqual([]);
  });

  it("a name shows for at least a second after its owner types and on hover, and never covers another line", async () => {
    const [watcher, typist] = pages;
    await typist.keyboard.type("x");
    const label = watcher.locator(".duet-cursor-label", { hasText: people[1] });
    await until(async () => (await label.getAttribute("data-shown")) === "true", "the label after typing");
    await new Promise((r) => setTimeout(r, 1100));
    expect(await isVisible(label)).toBe(true);
    await expectLabelOnCaretLineOnly(watcher, label);
    await shot(watcher, "19-remote-label-while-typing");
    await watcher.mouse.move(5, 5); // nowhere near a caret
    await until(async () => !(await isVisible(label)), "the label fades when its owner is idle", 6000);

    const id = (await label.getAttribute("data-clients"))!.split(" ")[0];
    const caret = (await watcher.locator(`.yRemoteSelectionHead-${id}`).boundingBox())!;
    await watcher.mouse.move(caret.x + 1, caret.y + caret.height / 2);
    await until(async () => isVisible(label), "the label on hover");
    await expectLabelOnCaretLineOnly(watcher, label);
    await watcher.mouse.move(5, 5);
    expect(errors).toEqual([]);
  });

  it("no page broke the content security policy, threw or logged an error", () => {
    expect(browser.problems()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
