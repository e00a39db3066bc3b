/**
 * Accessibility, checked by axe-core (every rule it ships: WCAG 2.0–2.2 A/AA and best practices) on
 * every page of the app in light, dark and both high-contrast modes: the landing page (its form and
 * its links), the join page, the error pages (no invite, a refused link, a room that is gone), and
 * the room as interviewer, candidate and observer in the states people see (a problem, streamed
 * output in colour, verdicts, chat, each dialog, a run in progress, the ended room, a phone).
 * No serious or critical finding anywhere; exceptions only from a11y-axe.ts EXCEPTIONS, each with
 * its reason. Counts by impact go to test-artifacts/e2e/axe-results.json.
 */
import { writeFileSync } from "node:fs";
import { join as joinPath } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { axeFindings, blocking, countByImpact, EXCEPTIONS, type Finding } from "./a11y-axe";
import { badLink, contextIn, join, MODES, openGoneRoom, roomWithProblem, switchMode, type Mode } from "./a11y-pages";
import { launch, type Launched } from "./browser";
import { ARTIFACTS, typeInEditor, until } from "./helpers";
import type { TestRoom } from "./room";

const base = inject("baseUrl");
let browser: Launched;
const results: Record<string, ReturnType<typeof countByImpact>> = {};
const failures: string[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  writeFileSync(joinPath(ARTIFACTS, "axe-results.json"), `${JSON.stringify(results, null, 2)}\n`);
  await browser?.close();
});

/** Runs axe on the page as it is; serious and critical findings are collected for one assertion per test. */
async function check(page: Page, name: string): Promise<Finding[]> {
  const findings = await axeFindings(page);
  results[name] = countByImpact(findings);
  failures.push(...blocking(findings).map((f) => `${name}: ${f}`));
  return findings;
}

function expectNoFailures() {
  const now = failures.splice(0);
  expect(now).toEqual([]);
}

it("every exception names its reason", () => {
  for (const e of EXCEPTIONS) expect(e.reason.length, e.rule).toBeGreaterThan(20);
});

describe("the system's preferences", () => {
  it("prefers-contrast: more starts in high contrast; prefers-reduced-motion: reduce stops every animation", async () => {
    const look = (page: Page) => page.evaluate(() => {
      const spinner = document.body.appendChild(Object.assign(document.createElement("span"), { className: "spinner" }));
      const button = document.querySelector<HTMLElement>(".btn")!;
      const result = { contrast: document.documentElement.dataset.contrast ?? "normal", spinner: getComputedStyle(spinner).animationName, button: getComputedStyle(button).transitionDuration };
      spinner.remove();
      return result;
    });
    const plain = await (await browser.context({ locale: "en-US" })).newPage();
    await plain.goto(base);
    await plain.getByTestId("create-room").waitFor();
    expect(await look(plain)).toEqual({ contrast: "normal", spinner: "spin", button: expect.stringMatching(/[1-9]/) });
    const asked = await (await browser.context({ locale: "en-US", contrast: "more", reducedMotion: "reduce" })).newPage();
    await asked.goto(base);
    await asked.getByTestId("create-room").waitFor();
    expect(await look(asked)).toEqual({ contrast: "more", spinner: "none", button: "0s" });
    await plain.context().close();
    await asked.context().close();
  });
});

describe.each(MODES)("$name: landing, join and the error pages", (mode: Mode) => {
  it("have no serious or critical axe findings", async () => {
    const page = await (await contextIn(browser, mode)).newPage();
    await page.goto(base);
    await page.getByTestId("create-room").waitFor();
    await until(async () => (await page.locator('select[name="problem"] option').count()) > 1, "the problem library");
    await check(page, `landing / ${mode.name}`);

    await page.getByLabel("Your name").fill("Grace Hopper");
    await page.getByTestId("create-room").click();
    await page.getByTestId("link-candidate").waitFor();
    await check(page, `landing, links / ${mode.name}`);
    const candidateLink = await page.getByTestId("link-candidate").inputValue();
    const roomId = new URL(candidateLink).pathname.split("/")[2];

    const visitor = await (await contextIn(browser, mode)).newPage();
    await visitor.goto(candidateLink);
    await visitor.getByLabel("Display name").waitFor();
    await check(visitor, `join / ${mode.name}`);

    await visitor.goto(`${base}/r/${roomId}-no-invite`);
    await visitor.getByRole("heading", { name: "You need an invite link" }).waitFor();
    await check(visitor, `join, no invite / ${mode.name}`);

    // A link the server refuses says why before any name is asked (web/src/links).
    await visitor.goto(badLink(base, `${roomId}-x`));
    await visitor.getByTestId("link-refused").waitFor();
    await check(visitor, `join, refused link / ${mode.name}`);

    await openGoneRoom(visitor, base);
    await check(visitor, `room unavailable / ${mode.name}`);

    await page.getByRole("button", { name: "Settings" }).click();
    await check(page, `settings dialog, landing / ${mode.name}`);
    await page.context().close();
    await visitor.context().close();
    expectNoFailures();
  });
});

describe("the room", () => {
  let room: TestRoom;
  let interviewer: Page;
  let candidate: Page;
  let spectator: Page;

  it("three people join a room with a problem; the candidate runs a program with colourful output; a chat line", async () => {
    room = await roomWithProblem(base);
    interviewer = await join(await contextIn(browser, MODES[0]), room, "interviewer", "Grace Hopper");
    candidate = await join(await contextIn(browser, MODES[0]), room, "candidate", "Ada Lovelace");
    spectator = await join(await contextIn(browser, MODES[0]), room, "spectator", "Sam Observer");
    await until(async () => ((await interviewer.getByTestId("participants").textContent()) ?? "").includes("Sam Observer"), "everyone in");
    await interviewer.getByRole("heading", { name: "Two Sum" }).waitFor();
    await check(interviewer, "room, interviewer, first look / light");
    await check(candidate, "room, candidate, first look / light");

    // A running program: Stop takes Run's place under the pointer that pressed it.
    await typeInEditor(candidate, "import time\nprint('tick', flush=True)\ntime.sleep(3)\n", { replace: true });
    await candidate.getByTestId("run").click();
    await candidate.getByTestId("stop").waitFor();
    await check(candidate, "room, candidate, running (pointer on Stop) / light");
    await check(interviewer, "room, interviewer, someone's run in progress / light");
    await until(async () => (await candidate.getByTestId("run").count()) === 1, "the run over", 30_000);

    const colours = [31, 32, 33, 34, 35, 36, 37, 90, 91, 92, 93, 94, 95, 96, 97].map((c) => `\\033[${c}m${c}\\033[0m`).join(" ");
    await typeInEditor(candidate, `import sys\nprint("${colours}")\nprint("oops", file=sys.stderr)\n`, { replace: true });
    await candidate.getByTestId("run").click();
    await until(async () => ((await candidate.getByTestId("run-output").textContent()) ?? "").includes("oops"), "the output", 30_000);
    await until(async () => (await candidate.getByTestId("run").count()) === 1, "the run over", 30_000);

    await interviewer.getByRole("tab", { name: "Chat" }).click();
    await interviewer.getByLabel("Message", { exact: true }).fill("Take your time.");
    await interviewer.keyboard.press("Enter");
    await until(async () => ((await candidate.getByTestId("chat-announcer").textContent()) ?? "").includes("Take your time."), "the chat line");
    expectNoFailures();
  }, 120_000);

  describe.each(MODES)("$name", (mode: Mode) => {
    it("interviewer, candidate and observer pages, each dialog, verdicts: no serious or critical axe findings", async () => {
      for (const page of [interviewer, candidate, spectator]) await switchMode(page, mode);
      await interviewer.getByRole("tab", { name: "Problem" }).click();
      await check(interviewer, `room, interviewer, problem and output / ${mode.name}`);
      await interviewer.getByRole("tab", { name: "Chat" }).click();
      await check(interviewer, `room, interviewer, chat / ${mode.name}`);
      await interviewer.getByRole("tab", { name: "Notes" }).click();
      await check(interviewer, `room, interviewer, notes / ${mode.name}`);
      await interviewer.getByRole("button", { name: "Invite", exact: true }).click();
      await interviewer.getByRole("dialog").waitFor();
      await check(interviewer, `room, invite links dialog / ${mode.name}`);
      await interviewer.keyboard.press("Escape");
      await interviewer.getByRole("button", { name: "End", exact: true }).click();
      await check(interviewer, `room, end dialog / ${mode.name}`);
      await interviewer.keyboard.press("Escape");
      await interviewer.getByTestId("settings").click();
      await check(interviewer, `room, settings dialog / ${mode.name}`);
      await interviewer.keyboard.press("Escape");

      await candidate.getByRole("tab", { name: "Output" }).click();
      await check(candidate, `room, candidate, coloured output / ${mode.name}`);
      await candidate.getByRole("tab", { name: "Test results" }).click();
      await check(candidate, `room, candidate, test results / ${mode.name}`);
      await candidate.getByRole("tab", { name: "Input" }).click();
      await check(candidate, `room, candidate, input / ${mode.name}`);
      await check(spectator, `room, observer / ${mode.name}`);
      expectNoFailures();
    }, 120_000);
  });

  it("verdicts of a submission, the candidate made read-only, and a phone: no serious or critical axe findings", async () => {
    for (const page of [interviewer, candidate]) await switchMode(page, MODES[0]);
    await candidate.getByTestId("submit").click();
    await until(async () => ((await candidate.locator(".tests-summary").textContent().catch(() => "")) ?? "").includes("test case"), "the verdict", 60_000);
    for (const mode of MODES) {
      await switchMode(candidate, mode);
      await check(candidate, `room, candidate, submission verdict / ${mode.name}`);
    }
    await interviewer.getByTestId("candidate-can-edit").click();
    await candidate.getByTestId("readonly-banner").waitFor();
    await check(candidate, "room, candidate read-only / dark-high-contrast");
    await interviewer.getByTestId("candidate-can-edit").click();

    for (const mode of [MODES[0], MODES[1]]) {
      const phone = await join(await contextIn(browser, mode, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }), room, "candidate", "Ada on the go");
      await check(phone, `room, candidate on a phone / ${mode.name}`);
      await phone.context().close();
    }
    expectNoFailures();
  }, 180_000);

  it("the ended room: no serious or critical axe findings", async () => {
    await interviewer.getByRole("button", { name: "End", exact: true }).click();
    await interviewer.getByRole("button", { name: "End interview" }).click();
    await candidate.getByRole("alertdialog").waitFor();
    for (const mode of MODES) {
      await candidate.evaluate((m) => {
        document.documentElement.dataset.theme = m.theme;
        if (m.contrast === "more") document.documentElement.dataset.contrast = "more";
        else delete document.documentElement.dataset.contrast;
      }, mode);
      await check(candidate, `room ended / ${mode.name}`);
    }
    expectNoFailures();
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
