/**
 * A problem picked mid-interview, in real browsers (interviewer and candidate) beside a stock Yjs
 * client that reads the shared buffer exactly: the interviewer previews Two Sum, puts it on the
 * table over the candidate's free code and replaces it with the starter; the statement shows the signature for the room's
 * language; code that does not match it (a renamed method, no Solution class) is explained with
 * that signature, not with the harness's errors; "Insert starter code" inserts the problem's stub
 * and "Reset to starter" asks first; the interviewer changes the problem keeping the code, then
 * clears it.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SignatureSchema, type CodeSignature } from "../../contracts/problems";
import { signatureOf, starterCode } from "../../judge/index";
import { launch, type Launched } from "./browser";
import { editorText, shot, typeInEditor, until } from "./helpers";
import { joinPage, newRoom, stockClient, type TestRoom } from "./room";

const base = inject("baseUrl");
const problemSignature = (slug: string) =>
  SignatureSchema.parse(JSON.parse(readFileSync(fileURLToPath(new URL(`../../problems/${slug}/problem.json`, import.meta.url)), "utf8")).signature) as CodeSignature;
const TWO_SUM = problemSignature("two-sum");
const TWO_SUM_STARTER = starterCode(TWO_SUM).python;
const TWO_SUM_PY = signatureOf(TWO_SUM, "python");

let browser: Launched;
let room: TestRoom;
let interviewer: Page;
let candidate: Page;
let stock: Awaited<ReturnType<typeof stockClient>>;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  room = await newRoom(base, "Problem flow");
  [interviewer, candidate] = await Promise.all([
    joinPage(browser, room, "interviewer", "Grace Hopper", errors),
    joinPage(browser, room, "candidate", "Ada Lovelace", errors),
  ]);
  stock = await stockClient(base, room, "interviewer", "Reader");
});
afterAll(async () => {
  stock?.destroy();
  await browser?.close();
});

const picker = (p: Page) => p.getByTestId("problem-select");
const bodyText = async (p: Page) => (await p.textContent("body")) ?? "";

/** Runs `code` as the candidate; the explanation shown once it says `sentence`. */
async function runAndReadMismatch(code: string, sentence: string): Promise<string> {
  stock.set(code);
  await until(async () => (await editorText(candidate)).startsWith(code.split("\n")[0]), "the candidate's editor has the code");
  await candidate.getByTestId("run").click();
  const notice = candidate.locator('[data-testid="signature-mismatch"]:visible');
  await until(async () => ((await notice.textContent({ timeout: 100 }).catch(() => "")) ?? "").includes(sentence), `the explanation: ${sentence}`, 30_000);
  return (await notice.textContent()) ?? "";
}

describe("a problem picked mid-interview", () => {
  it("the interviewer picks Two Sum over the candidate's free code and chooses to replace it with the starter", async () => {
    await candidate.getByRole("tab", { name: "Problem" }).click();
    expect(await candidate.getByTestId("problem-picker").count()).toBe(0); // only the interviewer picks
    await typeInEditor(candidate, "print('warming up')\n", { replace: true });
    await until(async () => stock.text.toString() === "print('warming up')\n", "the free code is shared");

    await until(async () => (await picker(interviewer).locator("option").count()) > 2, "the problem library");
    await picker(interviewer).selectOption("two-sum");
    // A preview first: what the candidate will read, and nothing on the table yet.
    const preview = interviewer.getByRole("region", { name: "Preview: Two Sum" });
    await preview.getByRole("heading", { name: "Two Sum" }).waitFor();
    expect(await candidate.getByText("No problem selected").count()).toBe(1);
    await preview.getByRole("button", { name: "Put on the table" }).click();
    // The editor holds someone's code: nothing changes until the interviewer chooses.
    await interviewer.getByRole("button", { name: "Replace with the starter" }).waitFor();
    expect(stock.text.toString()).toBe("print('warming up')\n");
    await shot(interviewer, "problem-flow-1-choice");
    await interviewer.getByRole("button", { name: "Replace with the starter" }).click();
    await until(async () => stock.text.toString() === TWO_SUM_STARTER, "the buffer is Two Sum's starter");
    await until(async () => (await bodyText(candidate)).includes("Two Sum"), "the candidate sees the statement");
  });

  it("the statement shows the signature for the room's language, on both pages", async () => {
    for (const page of [candidate, interviewer]) {
      const shown = page.getByTestId("signature").first();
      await shown.waitFor();
      expect(await shown.textContent()).toBe(`${TWO_SUM_PY.container}\n    ${TWO_SUM_PY.declaration}`);
    }
    await shot(candidate, "problem-flow-2-signature");
  });

  it("a renamed method and a missing class are explained with the expected signature, not the harness's errors", async () => {
    const renamed = await runAndReadMismatch("class Solution:\n    def two_sum(self, nums, target):\n        return [0, 1]\n", "The function the problem calls is missing or named differently.");
    expect(renamed).toContain(TWO_SUM_PY.declaration);
    expect(renamed).toContain("two_sum(self, nums, target)");
    await shot(candidate, "problem-flow-3-mismatch");
    const console_ = (await candidate.locator(".console").textContent()) ?? "";
    expect(console_).not.toMatch(/NameError|sitecustomize|Traceback|DUET-SIGNATURE/);

    const noClass = await runAndReadMismatch("def twoSum(nums, target):\n    return [0, 1]\n", "The class the problem calls is missing.");
    expect(noClass).toContain(`${TWO_SUM_PY.container}\n    ${TWO_SUM_PY.declaration}`);
    // The interviewer's console explains it the same way.
    await until(async () => ((await interviewer.locator('[data-testid="signature-mismatch"]:visible').textContent({ timeout: 100 }).catch(() => "")) ?? "").includes("The class the problem calls is missing."), "the interviewer sees the explanation");
  });

  it("'Insert starter code' inserts the problem's stub; 'Reset to starter' asks first", async () => {
    stock.set("");
    await candidate.getByRole("button", { name: "Insert starter code" }).click();
    await until(async () => stock.text.toString() === TWO_SUM_STARTER, "the stub was inserted");

    stock.set("class Solution:\n    pass  # my attempt\n");
    await until(async () => (await editorText(candidate)).includes("my attempt"), "the attempt is shown");
    const signature = candidate.locator(".problem-signature");
    await signature.getByRole("button", { name: "Reset to starter" }).click();
    await signature.getByRole("button", { name: "Cancel" }).click();
    expect(stock.text.toString()).toBe("class Solution:\n    pass  # my attempt\n");
    await signature.getByRole("button", { name: "Reset to starter" }).click();
    await signature.getByRole("button", { name: "Replace the code" }).click();
    await until(async () => stock.text.toString() === TWO_SUM_STARTER, "reset to the starter");
  });

  it("a design problem: the class as the statement's signature, and a wrong method result named as the failing call", async () => {
    const minStack = problemSignature("min-stack");
    await picker(interviewer).selectOption("min-stack");
    await interviewer.getByRole("button", { name: "Put on the table" }).click();
    // The buffer held Two Sum's untouched starter: it becomes Min Stack's without asking.
    await until(async () => stock.text.toString() === starterCode(minStack).python, "the buffer is Min Stack's starter");
    const py = signatureOf(minStack, "python");
    await until(async () => (await candidate.getByTestId("signature").first().textContent()) === `${py.container}\n    ${py.declaration}`, "the class's signature");
    expect(py.declaration).toContain("def getMin(self) -> int");
    // The starter's getMin returns 0: example 1's fifth call is the first wrong result.
    await candidate.getByTestId("run").click();
    const call = candidate.locator('[data-testid="case-call"]:visible').first();
    await until(async () => ((await call.textContent({ timeout: 100 }).catch(() => "")) ?? "") === "Call 5, getMin(), returned 0; expected -3.", "the failing call", 60_000);
    await shot(candidate, "problem-flow-design-call");
  });

  it("the interviewer changes the problem keeping the code, then clears it", async () => {
    const mine = "class Solution:\n    def isValid(self, s):\n        return True  # keep me\n";
    stock.set(mine);
    await until(async () => (await editorText(candidate)).includes("keep me"), "the code is shown");
    await picker(interviewer).selectOption("valid-parentheses");
    await interviewer.getByRole("button", { name: "Put on the table" }).click();
    await interviewer.getByRole("button", { name: "Keep the code" }).click();
    await until(async () => (await bodyText(candidate)).includes("Valid Parentheses"), "the candidate sees the new problem");
    expect(stock.text.toString()).toBe(mine);
    const vp = signatureOf(problemSignature("valid-parentheses"), "python");
    await until(async () => (await candidate.getByTestId("signature").first().textContent()) === `${vp.container}\n    ${vp.declaration}`, "the new signature");

    await picker(interviewer).selectOption({ label: "No problem (free coding)" });
    await interviewer.getByRole("button", { name: "Keep the code" }).click();
    await candidate.getByText("No problem selected").waitFor();
    expect(stock.text.toString()).toBe(mine);
    await shot(interviewer, "problem-flow-4-cleared");
  });

  it("no page threw or logged an error", () => {
    // A 401 while joining is the room-session check of a page with no session yet (not this flow's).
    expect(errors.filter((e) => !/Failed to load resource: .* 401 \(Unauthorized\)/.test(e))).toEqual([]);
  });
});
