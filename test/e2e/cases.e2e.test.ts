/**
 * The test-case panel in the browser, three people in one room: the interviewer picks Two Sum
 * mid-interview; the candidate replaces their free code with its starter; their Input tab becomes the examples as cases, a case added and edited
 * (a wrong value is named on its field, and Run says which case to fix), Run judges them with the
 * reference's expected output and shows input, expected and actual per case; Submit pressed while
 * the Run is going is queued and starts after it; the history lists each attempt for everyone.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { joinAs } from "../../scripts/lib/room-api.mjs";
import { axeFindings } from "./a11y-axe";
import { launch, type Launched } from "./browser";
import { editorText, shot, typeInEditor, until } from "./helpers";
import { joinPage, newRoom, type TestRoom } from "./room";

const base = inject("baseUrl");
const SOLUTION = readFileSync(fileURLToPath(new URL("../../problems/two-sum/solution.py", import.meta.url)), "utf8")
  .replace("seen = {}", "seen = {}\n        print('looking at', len(nums), 'numbers')");

let browser: Launched;
let room: TestRoom;
let interviewer: Page;
let candidate: Page;
let spectator: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  room = await newRoom(base, "Cases");
  interviewer = await joinPage(browser, room, "interviewer", "Ivy", errors);
  candidate = await joinPage(browser, room, "candidate", "Cam", errors);
  spectator = await joinPage(browser, room, "spectator", "Sam", errors);
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const text = async (p: Page, selector: string) => (await p.locator(selector).first().textContent().catch(() => "")) ?? "";
/**
 * axe's serious and critical findings on the page as it is now (the a11y suite's bar), but the
 * editor's: Monaco's dimmed line numbers of an unfocused editor are the a11y suite's to judge.
 */
const serious = async (p: Page) =>
  (await axeFindings(p))
    .filter((f) => f.impact === "serious" || f.impact === "critical")
    .map((f) => ({ ...f, targets: f.targets.filter((t) => !/line-number|monaco/.test(t)) }))
    .filter((f) => f.targets.length > 0);
const field = (p: Page, name: string) => p.getByTestId("cases-panel").getByLabel(new RegExp(`^${name}`));

describe("the test-case panel", () => {
  it("a problem picked mid-interview turns the candidate's Input tab into its examples as cases, with the limits", async () => {
    await typeInEditor(candidate, "print('warming up')\n", { replace: true }); // free coding before any problem
    await candidate.getByRole("tab", { name: "Input" }).click();
    expect(await candidate.getByLabel("Standard input for the next run").isVisible()).toBe(true);
    // Another of the interviewers' sessions picks the problem, as the picker's command does.
    const { token } = await joinAs(base, room, "interviewer", "Ivy (laptop)");
    const res = await fetch(new URL(pathTo(ROUTES.setProblem, { roomId: room.roomId }), base), {
      method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ slug: "two-sum" }),
    });
    expect(res.status, await res.text()).toBe(200);
    await candidate.getByTestId("cases-panel").waitFor();
    // The candidate's free code stays until they choose: they replace it with the problem's starter.
    const signature = candidate.locator(".problem-signature");
    await signature.getByRole("button", { name: "Reset to starter" }).click();
    await signature.getByRole("button", { name: "Replace the code" }).click();
    await until(async () => (await editorText(candidate)).startsWith("class Solution"), "the starter in the candidate's editor");
    expect(await editorText(candidate)).not.toContain("warming up");
    expect(await candidate.getByRole("button", { name: "Case 3", exact: true }).count()).toBe(1);
    expect(await field(candidate, "nums").inputValue()).toBe("[2,7,11,15]");
    expect(await field(candidate, "target").inputValue()).toBe("9");
    expect(await text(candidate, ".cases .case-limits")).toMatch(/Limits per case: .*sec of CPU, 256 MB of memory/);
  });

  it("a case is added and edited; a value that does not fit is named on its field and Run says which case", async () => {
    await typeInEditor(candidate, SOLUTION, { replace: true });
    await candidate.getByTestId("case-add").click();
    await candidate.getByRole("button", { name: "Case 4", exact: true }).waitFor();
    await field(candidate, "nums").fill('[1, "x"]');
    expect(await candidate.getByTestId("cases-panel").getByRole("alert").textContent()).toBe("Not a value of type int[].");
    expect(await serious(candidate)).toEqual([]);
    await candidate.getByTestId("run").click();
    await until(async () => ((await candidate.textContent("body")) ?? "").includes("Case 4 has a value that does not fit"), "the refusal naming the case");
    await field(candidate, "nums").fill("[1, 5, 9]");
    await field(candidate, "target").fill("14");
    expect(await candidate.getByTestId("cases-panel").getByRole("alert").count()).toBe(0);
    await shot(candidate, "cases-panel");
  });

  it("Run judges the cases; Submit pressed meanwhile is queued and starts after it", async () => {
    await candidate.getByTestId("run").click();
    await candidate.getByTestId("submit").click();
    await until(async () => (await text(candidate, "[data-testid=run-notice]")).includes("Submit is queued"), "the queued submit said so", 10_000);
    // The queued submission runs by itself once the Run is over.
    const judgedSubmission = async () => /Hidden test/.test(await text(candidate, ".tests")) && !(await text(candidate, ".tests-summary")).includes("so far");
    await until(judgedSubmission, "the queued submission's verdict", 90_000);
    expect(await text(candidate, ".tests-summary")).toMatch(/^Accepted · (\d+) \/ \1 test cases passed/);
    expect(await text(candidate, "[data-testid=run-notice]")).toBe("");
  });

  it("the history lists each attempt — kind, who, language, result — for every participant", async () => {
    for (const page of [candidate, interviewer, spectator]) {
      await page.getByRole("tab", { name: "History" }).click();
      await until(async () => (await page.getByTestId("history-row").count()) === 2, "two attempts");
      const rows = await page.getByTestId("history-row").evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(1, 5).map((td) => td.textContent)));
      expect(rows).toEqual([["Submit", "Cam", "python", expect.stringMatching(/^Accepted · (\d+) \/ \1$/)], ["Run", "Cam", "python", "Accepted · 4 / 4"]]);
    }
    expect(await serious(interviewer)).toEqual([]);
  });

  it("the Run opened from the history shows input, expected and actual per case, the custom one's expected from the reference", async () => {
    await interviewer.getByTestId("history-row").nth(1).getByRole("button", { name: "Show" }).click();
    await until(async () => /^Accepted · 4 \/ 4 test cases passed/.test(await text(interviewer, ".tests-summary")), "the run's results at the interviewer");
    const cases = interviewer.getByTestId("case-result");
    expect(await cases.count()).toBe(4);
    const custom = cases.nth(3);
    expect(await custom.textContent()).toContain("custom");
    expect(await custom.locator(".test-input").textContent()).toBe("nums = [1,5,9]\ntarget = 14");
    expect(await custom.getByTestId("case-expected").textContent()).toBe("[1,2]");
    expect(await custom.getByTestId("case-actual").textContent()).toBe("[1,2]");
    expect(await custom.textContent()).toContain("looking at 3 numbers");
    expect(await cases.nth(0).getByTestId("case-expected").textContent()).toBe("[0,1]");
    expect(await serious(interviewer)).toEqual([]);
    await shot(interviewer, "cases-results");
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
