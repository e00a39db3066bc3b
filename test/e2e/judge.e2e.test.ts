/**
 * Problems in the browser: the interviewer opens a room with a problem from the library, the
 * candidate sees its statement, Runs the examples and Submits the hidden tests, and both pages
 * show the verdicts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Launched } from "./browser";
import { shot, typeInEditor, until } from "./helpers";
import { createRoomWithProblem, joinByLink } from "./room";

const base = inject("baseUrl");
let browser: Launched;
let interviewer: Page;
let candidate: Page;

// The library's own reference solution: what a correct candidate would write.
const SOLUTION = readFileSync(fileURLToPath(new URL("../../problems/two-sum/solution.py", import.meta.url)), "utf8");

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const testResults = (p: Page) => p.locator(".tests").textContent().catch(() => "");

describe("a problem in the room", () => {
  it("the interviewer opens a room with Two Sum; the candidate sees the statement", async () => {
    interviewer = await (await browser.context()).newPage();
    const crashes: string[] = [];
    interviewer.on("pageerror", (e) => crashes.push(e.message));
    const link = await createRoomWithProblem(interviewer, base, { title: "Algorithms", name: "Grace Hopper", problem: "two-sum" });
    expect(crashes).toEqual([]);

    candidate = await (await browser.context()).newPage();
    await joinByLink(candidate, link, "Ada Lovelace");
    await until(async () => ((await candidate.textContent("body")) ?? "").includes("Two Sum"), "the statement");
    expect(await candidate.textContent("body")).toContain("nums");
  });

  it("Run judges the examples and Submit the hidden tests; both pages show the verdict", async () => {
    await typeInEditor(candidate, SOLUTION, { replace: true });
    await candidate.getByTestId("run").click();
    await until(async () => /3 \/ 3 test cases passed/.test((await testResults(candidate)) ?? ""), "examples accepted", 30_000);
    await candidate.getByTestId("submit").click();
    // The submission's verdict, not the Run's: hidden tests, more than the three examples.
    const submitted = /Accepted · (\d+) \/ \1 test cases passed[\s\S]*Hidden test/;
    await until(async () => submitted.test((await testResults(candidate)) ?? ""), "submission accepted", 60_000);
    expect(Number(/Accepted · (\d+)/.exec((await testResults(candidate)) ?? "")![1])).toBeGreaterThan(3);
    await until(async () => submitted.test((await testResults(interviewer)) ?? ""), "the interviewer sees it", 15_000);
    await shot(candidate, "12-candidate-submitted");
    await shot(interviewer, "13-interviewer-sees-verdict");
  });

  it("a run-only language (Ruby) is listed apart; chosen with a problem on the table, Run and Submit wait and say why", async () => {
    const groups = await candidate.locator('[data-testid="language-select"] optgroup').evaluateAll((gs) => gs.map((g) => [(g as HTMLOptGroupElement).label, g.querySelectorAll("option").length]));
    expect(groups.map(([label]) => label)).toEqual(["Judged: problems and programs", "Programs only"]);
    expect(groups[1][1]).toBeGreaterThanOrEqual(7);
    await candidate.getByTestId("language-select").selectOption("ruby");
    await until(async () => (await interviewer.getByTestId("language-select").inputValue()) === "ruby", "the room in Ruby");
    for (const page of [candidate, interviewer]) {
      await until(async () => (await page.getByTestId("not-judged").count()) > 0, "told why");
      expect(await page.getByTestId("not-judged").textContent()).toMatch(/^Ruby runs programs only/);
      expect(await page.getByTestId("run").isDisabled()).toBe(true);
      expect(await page.getByTestId("submit").isDisabled()).toBe(true);
    }
    await shot(candidate, "12b-run-only-language");
    await candidate.getByTestId("language-select").selectOption("python");
    await until(async () => !(await candidate.getByTestId("run").isDisabled()), "Python runs again");
    expect(await candidate.getByTestId("not-judged").count()).toBe(0);
  });

  it("chat reaches the other side, with the sender's name", async () => {
    await candidate.getByRole("tab", { name: "Chat" }).click();
    await candidate.getByLabel("Message", { exact: true }).fill("Done — shall I walk you through it?");
    await candidate.getByLabel("Message", { exact: true }).press("Enter");
    await interviewer.getByRole("tab", { name: "Chat" }).click();
    const messages = () => interviewer.getByLabel("Chat messages", { exact: true }).textContent().then((t) => t ?? "");
    await until(async () => (await messages()).includes("shall I walk you through it?"), "the message at the interviewer");
    expect(await messages()).toContain("Ada Lovelace");
    await shot(interviewer, "14-chat");
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
