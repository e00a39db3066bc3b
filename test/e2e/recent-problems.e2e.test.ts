/**
 * "Used recently by this interviewer", in a real browser: a signed-in interviewer previews a
 * problem in the picker, puts it on the table, and the picker of their next room marks it as used.
 * Opened as http://localhost (passkeys refuse IP addresses).
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { inRoom } from "./a11y-pages";
import { launch, type Launched } from "./browser";
import { shot, until } from "./helpers";
import { addAuthenticator, siteOf, signUp } from "./passkeys";

const site = siteOf(inject("baseUrl"));
let browser: Launched;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await (await browser.context({ locale: "en-US" })).newPage();
  await addAuthenticator(page, "internal");
});
afterAll(async () => {
  await browser?.close();
});

/** Creates a room from the landing page as the signed-in account and enters it, on its Problem tab. */
async function roomTitled(title: string): Promise<void> {
  await page.goto(site);
  await page.getByLabel("Interview title").fill(title);
  await page.getByTestId("create-room").click();
  await page.getByTestId("enter-room").click();
  await inRoom(page);
  await page.getByRole("tab", { name: "Problem" }).click();
  await until(async () => (await page.getByTestId("problem-select").locator("option").count()) > 2, "the problem library");
}

const optionText = (slug: string) => page.getByTestId("problem-select").locator(`option[value="${slug}"]`).textContent();

describe("problems used recently", () => {
  it("the interviewer previews a problem, puts it on the table, and the next room's picker marks it", async () => {
    await page.goto(site);
    await signUp(page, "Rita Recent");
    await page.getByLabel("Team name").fill("Recent hiring");
    await page.getByTestId("create-team").click();

    await roomTitled("First screen");
    expect(await optionText("valid-parentheses")).not.toContain("used");
    await page.getByTestId("problem-select").selectOption("valid-parentheses");
    const preview = page.getByRole("region", { name: "Preview: Valid Parentheses" });
    await preview.getByRole("heading", { name: "Valid Parentheses" }).waitFor();
    expect(await preview.getByTestId("problem-preview-facts").textContent()).toMatch(/^Easy · About \d+ minutes$/);
    expect(await page.getByTestId("no-problem").count()).toBe(1); // a preview puts nothing on the table
    await shot(page, "recent-problems-1-preview");
    await preview.getByRole("button", { name: "Put on the table" }).click();
    await until(async () => (await page.getByTestId("no-problem").count()) === 0 && (await page.getByTestId("problem-preview").count()) === 0, "the problem on the table");

    await roomTitled("Second screen");
    await until(async () => /· used /.test((await optionText("valid-parentheses")) ?? ""), "Valid Parentheses marked as used");
    expect(await optionText("two-sum")).not.toContain("used");
    await page.getByTestId("problem-select").selectOption("valid-parentheses");
    expect(await page.getByTestId("problem-preview-facts").textContent()).toContain("You used it");
    await shot(page, "recent-problems-2-marked");
  });

  it("the preview by keyboard: arrows choose, Tab reaches its button, Escape goes back to the select", async () => {
    const select = page.getByTestId("problem-select");
    await select.focus();
    const before = await select.inputValue();
    await page.keyboard.press("ArrowDown");
    await until(async () => (await select.inputValue()) !== before, "the next problem chosen");
    const chosen = await select.inputValue();
    await page.getByTestId("problem-preview").waitFor();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Put on the table");
    await page.keyboard.press("Escape");
    await until(async () => (await page.getByTestId("problem-preview").count()) === 0, "the preview closed");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("problem-select");
    expect(await page.getByTestId("no-problem").count()).toBe(1); // still nothing on the second room's table
    expect(chosen).not.toBe("");
  });
});
