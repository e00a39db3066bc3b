/**
 * Durable room sessions in a real browser (issue 15): an interviewer without an account creates a
 * room, the candidate submits an answer, the interviewer writes notes and closes the tab. Opening
 * Duet again in the same browser, the interview is in "Your interviews"; a click and they are back
 * in as the interviewer — by the room's HttpOnly cookie, with no token kept in the page's storage.
 * After End, a reload shows them the final code, the notes and the verdicts; the candidate is told
 * the interview has ended.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeFindings, blocking } from "./a11y-axe";
import { launch, type Launched } from "./browser";
import { shot, typeInEditor, until } from "./helpers";
import { createRoomWithProblem, joinByLink } from "./room";

const base = inject("baseUrl");
let browser: Launched;
let grace: BrowserContext;
let candidate: Page;
let roomId = "";
const NOTES = "Clear thinking; ask about the hash map's worst case.";
const SOLUTION = readFileSync(fileURLToPath(new URL("../../problems/two-sum/solution.py", import.meta.url)), "utf8");

beforeAll(async () => {
  browser = await launch();
  grace = await browser.context();
});
afterAll(async () => {
  await browser?.close();
});

const connected = (page: Page) => until(async () => (await page.getByTestId("connection-status").getAttribute("data-status")) === "saved", "connected");

describe("coming back to an interview without an account", () => {
  it("the interviewer creates a room, the candidate submits, the interviewer writes notes and closes the tab", async () => {
    const page = await grace.newPage();
    const link = await createRoomWithProblem(page, base, { title: "Reentry", name: "Grace Hopper", problem: "two-sum" });
    await connected(page);
    roomId = new URL(page.url()).pathname.split("/")[2];

    candidate = await (await browser.context()).newPage();
    await joinByLink(candidate, link, "Ada Lovelace");
    await typeInEditor(candidate, SOLUTION, { replace: true });
    await candidate.getByTestId("submit").click();
    await until(async () => /Accepted · (\d+) \/ \1 test cases passed/.test((await candidate.locator(".tests").textContent().catch(() => "")) ?? ""), "submission accepted", 60_000);

    await page.getByRole("tab", { name: "Notes" }).click();
    await page.getByLabel("Private interviewer notes").fill(NOTES);
    await until(async () => (await page.getByTestId("connection-status").getAttribute("data-status")) === "saved", "the notes saved");
    await page.close();
  });

  it("a new tab at the landing page lists the interview; a click and they are back in as the interviewer", async () => {
    const page = await grace.newPage();
    await page.goto(base);
    const row = page.locator(`[data-testid="known-interview"][data-room-id="${roomId}"]`);
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("open");
    expect(await row.textContent()).toContain("Reentry");
    await row.scrollIntoViewIfNeeded();
    await shot(page, "reentry-your-interviews");
    expect(blocking(await axeFindings(page))).toEqual([]);
    await row.getByTestId("open-known-interview").click();
    await page.locator(".monaco-editor").waitFor();
    await connected(page);
    // An interviewer's controls, and the notes as they were left.
    await page.getByRole("button", { name: "End", exact: true }).waitFor();
    await page.getByRole("tab", { name: "Notes" }).click();
    expect(await page.getByLabel("Private interviewer notes").inputValue()).toBe(NOTES);
    // The way back in was the cookie: the page's storage holds no session token, and scripts cannot read the cookie.
    const stored = await page.evaluate(() => JSON.stringify({ ...sessionStorage, ...localStorage }));
    expect(stored).not.toMatch(/"token"/);
    expect(await page.evaluate(() => document.cookie)).not.toContain("duet-room");
    const cookie = (await grace.cookies()).find((c) => c.name === "duet-room" && c.path === `/api/rooms/${roomId}`);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: `/api/rooms/${roomId}` });
  });

  it("after End, a reload shows the interviewer the final code, notes and verdicts; the candidate is told it ended", async () => {
    const [page] = grace.pages();
    await page.getByRole("button", { name: "End", exact: true }).click();
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByTestId("open-final-state").waitFor();
    await page.reload();
    await page.getByTestId("ended-room").waitFor();
    expect(await page.getByTestId("ended-status").textContent()).toContain("This interview has ended");
    await until(async () => ((await page.getByTestId("ended-code").textContent()) ?? "").includes("def twoSum"), "the final code");
    expect(await page.getByTestId("replay-notes").textContent()).toBe(NOTES);
    await page.getByTestId("ended-submission").first().waitFor();
    expect(await page.getByTestId("ended-submission").first().getAttribute("data-verdict")).toBe("AC");
    expect(await page.getByTestId("ended-replay").getAttribute("href")).toBe(`/r/${roomId}/replay`);
    await page.getByTestId("ended-scorecard").waitFor();
    await shot(page, "reentry-ended", { fullPage: true });
    expect(blocking(await axeFindings(page))).toEqual([]);

    await page.goto(base);
    const row = page.locator(`[data-testid="known-interview"][data-room-id="${roomId}"]`);
    await row.waitFor();
    expect(await row.getAttribute("data-status")).toBe("ended");

    await candidate.reload();
    await candidate.getByTestId("ended-thanks").waitFor();
    expect(blocking(await axeFindings(candidate))).toEqual([]);
    expect(await candidate.getByTestId("ended-code").count()).toBe(0);
    expect(browser.problems()).toEqual([]);
  });
});
