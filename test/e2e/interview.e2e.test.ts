/**
 * A whole interview in two browser contexts against the running product: the interviewer creates
 * a room, the candidate joins through the link, they see each other's typing and cursors, the
 * candidate runs Python and both see the output, the interviewer makes the candidate read-only,
 * and the candidate's page never opens or shows the private notes.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Launched } from "./browser";
import { editorText, focusEditor, shot, typeInEditor, until } from "./helpers";

const base = inject("baseUrl");
let browser: Launched;
let interviewer: Page;
let candidate: Page;
let candidateLink = "";
const candidateSockets: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("an interview", () => {
  it("the interviewer creates a room and gets three links", async () => {
    interviewer = await (await browser.context()).newPage();
    await interviewer.goto(base);
    await interviewer.getByLabel("Interview title").fill("Backend engineer — pairing");
    await interviewer.getByLabel("Your name").fill("Grace Hopper");
    await shot(interviewer, "01-landing");
    await interviewer.getByTestId("create-room").click();
    await interviewer.getByTestId("link-candidate").waitFor();
    candidateLink = await interviewer.getByTestId("link-candidate").inputValue();
    expect(candidateLink).toMatch(/\/r\/[A-Za-z0-9_-]+#token=/);
    expect(await interviewer.getByTestId("link-spectator").inputValue()).toMatch(/#token=/);
    await shot(interviewer, "02-links");
    await interviewer.getByTestId("enter-room").click();
    await interviewer.locator(".monaco-editor").waitFor();
    await until(async () => (await interviewer.getByTestId("connection-status").getAttribute("data-status")) === "saved", "interviewer connected");
    await expect(interviewer.getByRole("tab", { name: "Notes" }).count()).resolves.toBe(1);
  });

  it("the candidate joins through the link in a second browser context", async () => {
    candidate = await (await browser.context()).newPage();
    candidate.on("websocket", (ws) => candidateSockets.push(ws.url()));
    await candidate.goto(candidateLink);
    await candidate.getByLabel("Display name").waitFor();
    expect(candidate.url()).not.toContain("token="); // the invite left the address bar at once
    await candidate.getByLabel("Display name").fill("Ada Lovelace");
    await shot(candidate, "03-join");
    await candidate.getByTestId("join").click();
    await candidate.locator(".monaco-editor").waitFor();
    await until(async () => (await candidate.getByTestId("connection-status").getAttribute("data-status")) === "saved", "candidate connected");
    await until(async () => (await interviewer.getByTestId("participants").textContent())!.includes("Ada Lovelace"), "candidate in the interviewer's list");
    expect(await candidate.getByTestId("participants").textContent()).toContain("Grace Hopper");
  });

  it("each sees the other's typing and cursor", async () => {
    await typeInEditor(candidate, "# candidate was here", { replace: true });
    await until(async () => (await editorText(interviewer)).includes("# candidate was here"), "candidate's text at the interviewer");
    await focusEditor(interviewer);
    await interviewer.keyboard.press("ControlOrMeta+End");
    await interviewer.keyboard.type("\n# interviewer too");
    await until(async () => (await editorText(candidate)).includes("# interviewer too"), "interviewer's text at the candidate");
    // Remote carets are decorated and labelled with the other's name.
    await until(async () => (await interviewer.locator(".yRemoteSelectionHead").count()) > 0, "candidate's caret at the interviewer");
    await until(async () => (await candidate.locator(".yRemoteSelectionHead").count()) > 0, "interviewer's caret at the candidate");
    // The label (DOM text) follows the awareness state, which can land a moment after the caret.
    const label = () => interviewer.locator(".duet-cursor-label").first().textContent();
    await until(async () => (await label()) === "Ada Lovelace", "the caret labelled with the candidate's name");
    await shot(interviewer, "04-interviewer-sees-candidate");
  });

  it("the candidate runs Python and both see the streamed output", async () => {
    const code = 'import sys; print("Hello from Duet", 6 * 7); print("\\033[32mgreen\\033[0m"); print("oops", file=sys.stderr)';
    await typeInEditor(candidate, code, { replace: true });
    await until(async () => (await editorText(interviewer)).includes("oops"), "code synced");
    await candidate.getByTestId("run").click();
    for (const page of [candidate, interviewer]) {
      const out = page.getByTestId("run-output");
      await until(async () => (await out.textContent())!.includes("Hello from Duet 42"), "run output", 30_000);
      await until(async () => (await page.locator(".console-head .run-status.good").count()) > 0, "run finished", 30_000);
      expect(await out.locator(".fg-ansi-green").textContent()).toBe("green");
      expect(await out.locator(".out-stderr").first().textContent()).toContain("oops");
    }
    await shot(candidate, "05-candidate-ran-python");
    await shot(interviewer, "06-interviewer-sees-output");
  });

  it("the interviewer makes the candidate read-only and typing is blocked", async () => {
    await interviewer.getByTestId("candidate-can-edit").click();
    await candidate.getByTestId("readonly-banner").waitFor();
    const before = await editorText(interviewer);
    await focusEditor(candidate);
    await candidate.keyboard.type("SHOULD NOT APPEAR");
    await new Promise((r) => setTimeout(r, 800));
    expect(await editorText(candidate)).toBe(before);
    expect(await editorText(interviewer)).toBe(before);
    await shot(candidate, "07-candidate-read-only");
    await interviewer.getByTestId("candidate-can-edit").click();
    await until(async () => (await candidate.getByTestId("readonly-banner").count()) === 0, "editing back on");
  });

  it("the candidate's page never shows or opens the private notes", async () => {
    await interviewer.getByRole("tab", { name: "Notes" }).click();
    await interviewer.getByLabel("Private interviewer notes").fill("Strong start; ask about complexity.");
    await shot(interviewer, "08-interviewer-notes");
    expect(await candidate.getByTestId("private-notes").count()).toBe(0);
    expect(await candidate.getByRole("tab", { name: "Notes" }).count()).toBe(0);
    expect(await candidate.content()).not.toContain("Strong start");
    expect(candidateSockets.some((u) => u.includes("/private"))).toBe(false);
    expect(candidateSockets.some((u) => u.includes("/code"))).toBe(true);
  });

  it("looks right in dark mode and on a phone", async () => {
    await interviewer.getByRole("button", { name: /Switch to dark theme/ }).click();
    await interviewer.getByRole("tab", { name: "Problem" }).click();
    await shot(interviewer, "09-dark");
    await candidate.setViewportSize({ width: 390, height: 844 });
    await candidate.getByRole("tab", { name: "Code" }).waitFor();
    await shot(candidate, "10-phone-code");
    await candidate.getByRole("tab", { name: "Console" }).click();
    await shot(candidate, "11-phone-console");
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
