/**
 * Keyboard only (page.keyboard, never the mouse): the interviewer creates a room and enters it; the
 * candidate joins, skips to the editor, writes code, runs it, leaves the editor's Tab trap with
 * Ctrl+M then Tab, reads the output, and sends a chat line the interviewer hears announced; the
 * settings change the font size and turn on high contrast, remembered after a reload. Every stop
 * on the way shows a focus ring of at least 2 px and 3:1 (a11y-keyboard.ts).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectVisibleFocus, focused, tabTo } from "./a11y-keyboard";
import { contextIn, inRoom, join, MODES } from "./a11y-pages";
import { launch, type Launched } from "./browser";
import type { TestRoom } from "./room";
import { editorText, shot, until } from "./helpers";

const base = inject("baseUrl");
let browser: Launched;
let interviewer: Page;
let candidate: Page;
let candidateLink = "";

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The order of `wanted` within `stops` (each found by its first match). */
function order(stops: string[], wanted: RegExp[]): number[] {
  return wanted.map((w) => stops.findIndex((s) => w.test(s)));
}

describe("keyboard only", () => {
  it("the interviewer creates a room: the form in reading order, Enter submits, Enter enters", async () => {
    interviewer = await (await contextIn(browser, MODES[0])).newPage();
    await interviewer.goto(base);
    await interviewer.getByTestId("create-room").waitFor();
    await until(async () => (await interviewer.locator('select[name="problem"] option').count()) > 1, "the problem library");
    const stops = await tabTo(interviewer, /^textbox "Interview title"/);
    await interviewer.keyboard.type("Keyboard interview");
    stops.push(...(await tabTo(interviewer, /^textbox "Your name"/)));
    await interviewer.keyboard.type("Grace Hopper");
    stops.push(...(await tabTo(interviewer, /^combobox "Problem"/)));
    const where = order(stops, [/Interface language/, /^button "Switch to dark theme"/, /^button "Settings"/, /^textbox "Interview title"/, /^textbox "Your name"/, /^combobox "Language"/, /^combobox "Problem"/]);
    expect(where.every((i, k) => i >= 0 && (k === 0 || i > where[k - 1])), stops.join(" → ")).toBe(true);

    await interviewer.keyboard.press("Shift+Tab");
    await interviewer.keyboard.press("Shift+Tab");
    expect(await focused(interviewer)).toMatch(/^textbox "Your name"/);
    await interviewer.keyboard.press("Enter"); // a form's implicit submission
    await interviewer.getByTestId("link-candidate").waitFor();
    candidateLink = await interviewer.getByTestId("link-candidate").inputValue();
    await tabTo(interviewer, /^button "Enter the room/);
    await interviewer.keyboard.press("Enter");
    await inRoom(interviewer);
  });

  it("the candidate joins: the name field has the focus, Enter joins", async () => {
    candidate = await (await contextIn(browser, MODES[0])).newPage();
    await candidate.goto(candidateLink);
    await candidate.getByLabel("Display name").waitFor();
    expect(await focused(candidate)).toMatch(/^textbox "Display name"/);
    await expectVisibleFocus(candidate, "the name field");
    await candidate.keyboard.type("Ada Lovelace");
    await candidate.keyboard.press("Enter");
    await inRoom(candidate);
  });

  it("the candidate skips to the editor, writes code and runs it with Ctrl+Enter", async () => {
    await tabTo(candidate, /^link "Skip to the editor"/, { max: 1 });
    const box = await candidate.locator(".skip-link").boundingBox();
    expect(box && box.y >= 0 && box.height > 10, "the skip link is on screen when focused").toBe(true);
    await candidate.keyboard.press("Enter");
    expect(await focused(candidate)).toMatch(/^textbox "Shared code editor, main\.py"/);
    await expectVisibleFocus(candidate, "the editor");
    const hint = await candidate.locator(":focus").getAttribute("aria-describedby");
    expect(await candidate.locator(`#${hint}`).textContent()).toMatch(/^Press Ctrl\+M, then Tab, to leave the editor/);

    await candidate.keyboard.press("ControlOrMeta+A");
    await candidate.keyboard.press("Delete");
    await candidate.keyboard.type("print(6 * 7, 2 ** 10)"); // Monaco closes the bracket; typing ")" steps over it
    await until(async () => (await editorText(candidate)) === "print(6 * 7, 2 ** 10)", "the code typed");
    await candidate.keyboard.press("Control+Enter");
    const announcer = candidate.getByTestId("run-announcer");
    await until(async () => /^Run finished: Finished$/.test((await announcer.textContent()) ?? ""), "the run announced as finished", 30_000);
    expect(await focused(candidate)).toMatch(/^textbox "Shared code editor/); // running did not move the focus
  });

  it("Ctrl+M, then Tab, leaves the editor; Tab reaches the output, which reads the program's output", async () => {
    await candidate.keyboard.press("Control+M");
    const stops = await tabTo(candidate, /^region "Program output"/, { max: 8 });
    expect(stops.slice(-2)).toEqual([expect.stringMatching(/^tab "Output"/), expect.stringMatching(/^region "Program output"/)]);
    const output = await candidate.locator(":focus").textContent();
    expect(output).toContain("42 1024");
    await shot(candidate, "a11y-keyboard-output");
  });

  it("back to the side tabs, the arrow keys open the chat; Enter sends a line the interviewer hears", async () => {
    await tabTo(candidate, /^tab "Problem"/, { back: true });
    await candidate.keyboard.press("ArrowRight");
    expect(await focused(candidate)).toMatch(/^tab "Chat"/);
    await tabTo(candidate, /^textbox "Message"/, { max: 4 });
    await candidate.keyboard.type("Hello from the keyboard");
    await candidate.keyboard.press("Enter");
    await until(async () => ((await interviewer.locator(".chat-list").textContent()) ?? "").includes("Hello from the keyboard"), "the line at the interviewer's");
    expect(await interviewer.getByTestId("chat-announcer").textContent()).toContain("Ada Lovelace says: Hello from the keyboard");
    expect(await candidate.getByTestId("chat-announcer").textContent()).not.toContain("Hello from the keyboard"); // your own line is not read back to you
  });

  it("the settings: font size and high contrast by keyboard, the focus kept inside and given back, remembered", async () => {
    await tabTo(candidate, /^button "Settings"/, { back: true });
    await candidate.keyboard.press("Enter");
    await candidate.getByRole("dialog", { name: "Settings" }).waitFor();
    expect(await focused(candidate)).toMatch(/^button "Close"/);
    await candidate.keyboard.press("Shift+Tab"); // wraps to the dialog's last control
    expect(await focused(candidate)).toMatch(/^checkbox "High contrast"/);
    await candidate.keyboard.press("Tab"); // and back round to the first
    expect(await focused(candidate)).toMatch(/^button "Close"/);
    await tabTo(candidate, /^combobox "Editor font size/, { max: 2 });
    await candidate.keyboard.press("ArrowDown"); // 14 → 16
    await tabTo(candidate, /^checkbox "High contrast"/, { max: 1 });
    await candidate.keyboard.press("Space");
    await candidate.keyboard.press("Escape");
    expect(await candidate.getByRole("dialog").count()).toBe(0);
    expect(await focused(candidate)).toMatch(/^button "Settings"/);
    await expectVisibleFocus(candidate, "the settings button in high contrast");

    const look = () => candidate.evaluate(() => ({
      contrast: document.documentElement.dataset.contrast ?? "normal",
      fontSize: getComputedStyle(document.querySelector(".monaco-editor .view-lines")!).fontSize,
    }));
    await until(async () => (await look()).fontSize === "16px", "the editor at 16 px");
    expect(await look()).toEqual({ contrast: "more", fontSize: "16px" });
    await candidate.reload();
    await inRoom(candidate);
    await until(async () => (await look()).fontSize === "16px", "the editor at 16 px after a reload");
    expect(await look()).toEqual({ contrast: "more", fontSize: "16px" });
    await shot(candidate, "a11y-keyboard-high-contrast");
  });

  it.each(MODES)("$name: every Tab stop of the landing page and the room shows a ring of 2 px at 3:1", async (mode) => {
    const page = await (await contextIn(browser, mode)).newPage();
    await page.goto(base);
    await until(async () => (await page.locator('select[name="problem"] option').count()) > 1, "the problem library");
    const landing = await tabTo(page, /^textbox "Your name"/);
    await page.keyboard.type("Grace Hopper"); // Create room enabled: one more stop
    landing.push(...(await tabTo(page, /^button "Create room"/)));
    expect(landing.length).toBeGreaterThan(6);
    const room = await join(page.context(), { links: { candidate: candidateLink } } as unknown as TestRoom, "candidate", `Ada in ${mode.name}`);
    const stops = await tabTo(room, /^textbox "Shared code editor/); // Tab would indent in there:
    await room.keyboard.press("Control+M"); // leave as the hint says
    stops.push(...(await tabTo(room, /^region "Program output"/, { max: 10 })));
    expect(stops.length).toBeGreaterThan(12);
    await page.context().close();
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
