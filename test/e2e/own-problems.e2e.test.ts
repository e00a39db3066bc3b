/**
 * An interviewer's own problem in real browsers (issue 18): the interviewer signs up, writes a
 * problem in the Problems page's form, watches the runner check it until it is ready, opens a
 * room with it; the candidate submits a correct solution (Accepted); the interviewer edits the
 * problem so that the same code would now be wrong; the candidate submits again in the same
 * room and the verdict is unchanged, because the room keeps the version it was given.
 */
import { fileURLToPath } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeFindings, blocking } from "./a11y-axe";
import { MODES, switchMode } from "./a11y-pages";
import { launch, type Launched } from "./browser";
import { shot, typeInEditor, until } from "./helpers";
import { addAuthenticator, signUp, siteOf } from "./passkeys";

const site = siteOf(inject("baseUrl"));
let browser: Launched;
let context: BrowserContext;
let interviewer: Page;
let candidate: Page;
let roomId = "";
const crashes: string[] = [];

const SOLUTION = "class Solution:\n    def addTwo(self, a: int, b: int) -> int:\n        return a + b\n";

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const row = (p: Page) => p.getByTestId("own-problem").filter({ hasText: "Add two" });
const testResults = (p: Page) => p.locator(".tests").textContent().catch(() => "");

/** Fills the form's cases and reference, then saves. */
async function saveCases(p: Page, cases: { examples: string; hidden: string; reference: string }) {
  await p.getByLabel("Examples (the candidate sees them)").fill(cases.examples);
  await p.getByLabel("Hidden tests").fill(cases.hidden);
  await p.getByLabel("Reference language").selectOption("python");
  await p.getByLabel("Reference solution in Python").fill(cases.reference);
  await p.getByTestId("save-problem").click();
}

async function readyVersion(p: Page, version: number) {
  await until(async () => (await row(p).getAttribute("data-status", { timeout: 1000 }).catch(() => null)) === "ready" && ((await row(p).textContent()) ?? "").includes(`${version}`), `version ${version} ready`, 120_000);
}

/** Serious or critical axe findings on the page as it is, in every display mode. */
async function axeInEveryMode(p: Page): Promise<string[]> {
  const failures: string[] = [];
  for (const mode of MODES) {
    await switchMode(p, mode);
    failures.push(...blocking(await axeFindings(p)).map((f) => `${mode.name}: ${f}`));
  }
  await switchMode(p, MODES[0]);
  return failures;
}

/** The room's submissions, as the candidate's page reads them. */
const submissions = (p: Page, id: string) =>
  p.evaluate((room) => fetch(`/api/rooms/${room}/submissions`).then((r) => r.json() as Promise<{ submissions: { verdict: string }[] }>), id);

describe("an interviewer's own problem", () => {
  it("the interviewer writes a problem in the form, and the runner checks it until it is ready", async () => {
    context = await browser.context({ locale: "en-US" });
    interviewer = await context.newPage();
    interviewer.on("pageerror", (e) => crashes.push(e.message));
    await addAuthenticator(interviewer, "internal");
    await interviewer.goto(site);
    await signUp(interviewer, "Grace Hopper");
    await interviewer.getByLabel("Team name").fill("Compilers");
    await interviewer.getByTestId("create-team").click();
    await interviewer.getByTestId("problems-link").click();
    await interviewer.getByTestId("new-problem").click();

    const form = interviewer.getByTestId("problem-form");
    await form.getByLabel("Title").fill("Add two");
    await form.getByLabel("Topic").selectOption("math");
    await form.getByLabel("Statement (Markdown)").fill("Return the sum of `a` and `b`.");
    await form.getByLabel("Function name").fill("addTwo");
    const first = form.getByRole("group", { name: "Parameter 1" });
    await first.getByLabel("Name").fill("a");
    await first.getByLabel("Type").selectOption("int");
    await form.getByRole("button", { name: "Add a parameter" }).click();
    await form.getByRole("group", { name: "Parameter 2" }).getByLabel("Name").fill("b");
    await form.getByLabel("Return type").selectOption("int");
    // A case that is not one is caught in the page, naming its line
    await saveCases(interviewer, { examples: '{"input": {"a": 1, "b": 2}, "output": 3}', hidden: '{"input": {"a": 2, "b": 2}, "output": 4}\n{oops', reference: SOLUTION });
    expect(await interviewer.getByTestId("problem-form-error").textContent()).toBe("Hidden tests, line 2: not JSON");
    await saveCases(interviewer, {
      examples: '{"input": {"a": 1, "b": 2}, "output": 3}',
      hidden: '{"input": {"a": 2, "b": 2}, "output": 4}\n{"input": {"a": -5, "b": 5}, "output": 0}',
      reference: SOLUTION,
    });
    await row(interviewer).waitFor();
    await readyVersion(interviewer, 1);
    await shot(interviewer, "own-problems-1-ready");
    expect(await axeInEveryMode(interviewer)).toEqual([]);
  }, 180_000);

  it("a room opens with it, and the candidate's correct solution is Accepted", async () => {
    const ref = await interviewer.evaluate(() => fetch("/api/own-problems").then((r) => r.json() as Promise<{ problems: { latest: { ref: string } }[] }>));
    await interviewer.goto(site);
    await interviewer.getByLabel("Interview title").fill("Own problem");
    await until(async () => (await interviewer.locator(`select[name="problem"] option[value="${ref.problems[0].latest.ref}"]`).count()) === 1, "the problem in the room form");
    await interviewer.locator('select[name="problem"]').selectOption(ref.problems[0].latest.ref);
    await interviewer.getByTestId("create-room").click();
    const link = await interviewer.getByTestId("link-candidate").inputValue();
    roomId = new URL(link).pathname.split("/")[2];

    candidate = await (await browser.context({ locale: "en-US" })).newPage();
    candidate.on("pageerror", (e) => crashes.push(e.message));
    await candidate.goto(link);
    await candidate.getByLabel("Display name").fill("Ada Lovelace");
    await candidate.getByTestId("join").click();
    await candidate.locator(".monaco-editor").waitFor();
    await until(async () => ((await candidate.textContent("body")) ?? "").includes("Return the sum of"), "the statement");
    await typeInEditor(candidate, SOLUTION, { replace: true });
    await candidate.getByTestId("submit").click();
    await until(async () => /Accepted · 2 \/ 2 test cases passed/.test((await testResults(candidate)) ?? ""), "submission accepted", 60_000);
  }, 120_000);

  it("the interviewer edits the problem so the same code is wrong; the room's verdict is unchanged", async () => {
    await interviewer.goto(`${site}/problems`);
    await row(interviewer).getByTestId("edit-problem").click();
    await interviewer.getByRole("heading", { name: "Edit “Add two” (saving makes version 2)" }).waitFor();
    expect(await interviewer.getByLabel("Function name").inputValue()).toBe("addTwo"); // the draft comes back as it was
    expect(await axeInEveryMode(interviewer)).toEqual([]);
    await saveCases(interviewer, {
      examples: '{"input": {"a": 1, "b": 2}, "output": 4}',
      hidden: '{"input": {"a": 2, "b": 2}, "output": 5}',
      reference: SOLUTION.replace("a + b", "a + b + 1"),
    });
    await readyVersion(interviewer, 2);

    await candidate.getByTestId("submit").click();
    await until(async () => (await submissions(candidate, roomId)).submissions.length === 2, "the second submission judged", 60_000);
    expect((await submissions(candidate, roomId)).submissions.map((s) => s.verdict)).toEqual(["AC", "AC"]);
    await shot(candidate, "own-problems-2-same-verdict");

    // Deleting it, after a confirmation, takes it off the list; the room keeps it
    await row(interviewer).getByTestId("delete-problem").click();
    await interviewer.getByRole("dialog").getByTestId("confirm").click();
    await interviewer.getByText("No problems yet.").waitFor();
    expect(crashes).toEqual([]);
  }, 180_000);

  it("the interviewer imports a folder in the repository's problem format: a design problem fills the form, its class kept, what is left out said", async () => {
    await interviewer.goto(`${site}/problems`);
    await interviewer.getByTestId("import-folder").setInputFiles(fileURLToPath(new URL("../../problems/min-stack", import.meta.url)));
    expect(await interviewer.getByTestId("import-notice").textContent()).toBe("Imported “Min Stack”: check it, then save. Left out (the library's own checks): generate.mjs, proven.sha256, wrong/.");
    const form = interviewer.getByTestId("problem-form");
    expect(await form.getByLabel("Title").inputValue()).toBe("Min Stack");
    expect(await form.getByTestId("design-kept").textContent()).toMatch(/the class MinStack \(methods push, pop, top, getMin\)/);
    expect(await form.getByLabel(/^Hints/).inputValue()).not.toBe("");
    await form.getByLabel("Reference language").selectOption("python");
    expect(await form.getByLabel(/^Reference solution in Python/).inputValue()).toContain("class MinStack");
    expect(await axeInEveryMode(interviewer)).toEqual([]);
    expect(crashes).toEqual([]);
  }, 60_000);
});
