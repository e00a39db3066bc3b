/**
 * Names and roles pinned: the accessibility tree of every page (Chromium's, through playwright's
 * `locator.ariaSnapshot()`) against the snapshot committed in a11y-snapshots/. A control that loses
 * its name, a heading that changes level, a live region that disappears: the diff says which.
 * What changes from run to run is masked (origins, room ids and tokens, times, durations, sizes,
 * toolchain versions). After an intended change of the UI, rewrite them with
 *   UPDATE_ARIA_SNAPSHOTS=1 npx vitest run --project e2e test/e2e/a11y-aria.e2e.test.ts
 * and review the diff. A missing snapshot is written on a developer's machine and fails under CI.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { badLink, contextIn, join, MODES, openGoneRoom, roomWithProblem } from "./a11y-pages";
import { launch, type Launched } from "./browser";
import { until } from "./helpers";

const base = inject("baseUrl");
const DIR = fileURLToPath(new URL("./a11y-snapshots/", import.meta.url));
const UPDATE = process.env.UPDATE_ARIA_SNAPSHOTS === "1";
let browser: Launched;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The page's tree with what differs between runs replaced by placeholders. */
function normalise(tree: string, origin: string): string {
  return dropLanguageOptions(tree)
    .split(origin).join("<origin>")
    .replace(/\/r\/[A-Za-z0-9_-]+/g, "/r/<room>")
    .replace(/#token=[^\s"']+/g, "#token=<token>")
    .replace(/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\b/g, "<date>")
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AP]M)?/g, "<time>")
    .replace(/\b\d+(?:[.,]\d+)?\s?(ms|s|KB|MB|GB|KiB|MiB|GiB|kB)\b/g, "<n> $1")
    .replace(/· [\d.]+(?:[-+][\w.]+)?/g, "· <version>")
    .replace(/\b(?:now|\d+ (?:sec|min|hr)\.? ago|\d+ (?:seconds?|minutes?|hours?) ago)\b/g, "<when>")
    .replace(/[ \t]+$/gm, "");
}

/**
 * The language lists come from the runner's manifest, which depends on the host's toolchains: only
 * the selected option of a "Language" combobox is kept.
 */
function dropLanguageOptions(tree: string): string {
  const out: string[] = [];
  let inside: number | null = null;
  for (const line of tree.split("\n")) {
    const indent = line.search(/\S/);
    if (inside !== null && indent > inside && /^\s*- option /.test(line) && !line.includes("[selected]")) continue;
    inside = /- combobox "Language"/.test(line) ? indent : inside !== null && indent > inside ? inside : null;
    out.push(line);
  }
  return out.join("\n");
}

async function expectTree(page: Page, name: string): Promise<void> {
  const tree = `${normalise(await page.locator("body").ariaSnapshot(), base)}\n`;
  const file = `${DIR}${name}.aria.yml`;
  if (UPDATE || (!existsSync(file) && process.env.CI !== "true")) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, tree);
    return;
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_ARIA_SNAPSHOTS=1 and commit it`).toBe(true);
  expect(tree, `the accessibility tree of ${name} (a11y-snapshots/${name}.aria.yml)`).toBe(readFileSync(file, "utf8"));
}

const settledText = (page: Page, testId: string, text: string) =>
  until(async () => ((await page.getByTestId(testId).textContent()) ?? "").includes(text), `${text} in ${testId}`);

describe("ARIA snapshots", () => {
  it("landing, join and the error pages", async () => {
    const page = await (await contextIn(browser, MODES[0])).newPage();
    await page.goto(base);
    await until(async () => (await page.locator('select[name="problem"] option').count()) > 1, "the problem library");
    await expectTree(page, "landing");
    await page.getByTestId("settings").click();
    await page.getByRole("dialog").waitFor();
    await expectTree(page, "settings-dialog");
    await page.keyboard.press("Escape");
    await page.getByLabel("Your name").fill("Grace Hopper");
    await page.getByTestId("create-room").click();
    await page.getByTestId("link-candidate").waitFor();
    // The interviews list loads on its own; the tree is of the page once it has.
    await page.getByRole("region", { name: "Your interviews" }).getByRole("listitem").first().waitFor();
    await expectTree(page, "landing-links");
    const link = await page.getByTestId("link-candidate").inputValue();

    const visitor = await (await contextIn(browser, MODES[0])).newPage();
    await visitor.goto(link);
    await visitor.getByLabel("Display name").waitFor();
    await expectTree(visitor, "join");
    await visitor.goto(`${base}/r/no-such-room`);
    await visitor.getByRole("heading", { name: "You need an invite link" }).waitFor();
    await expectTree(visitor, "join-no-invite");
    // A link the server refuses says why before any name is asked (web/src/links).
    await visitor.goto(badLink(base, "refused-room"));
    await visitor.getByTestId("link-refused").waitFor();
    await expectTree(visitor, "join-refused-link");
    await openGoneRoom(visitor, base);
    await expectTree(visitor, "room-unavailable");
    await page.context().close();
    await visitor.context().close();
  });

  it("the room as interviewer, candidate and observer", async () => {
    const room = await roomWithProblem(base, "Pinned names");
    const interviewer = await join(await contextIn(browser, MODES[0]), room, "interviewer", "Grace Hopper");
    const candidate = await join(await contextIn(browser, MODES[0]), room, "candidate", "Ada Lovelace");
    const observer = await join(await contextIn(browser, MODES[0]), room, "spectator", "Sam Observer");
    // Candidates do not see observers by default (the room's setting), interviewers and observers do.
    for (const [page, people] of [[interviewer, ["Ada Lovelace", "Sam Observer"]], [candidate, ["Grace Hopper"]], [observer, ["Grace Hopper", "Ada Lovelace"]]] as const) {
      for (const name of people) await settledText(page, "participants", name);
      await page.getByRole("heading", { name: "Two Sum" }).waitFor();
    }
    await expectTree(interviewer, "room-interviewer");
    await expectTree(candidate, "room-candidate");
    await expectTree(observer, "room-observer");

    await interviewer.getByRole("tab", { name: "Chat" }).click();
    await candidate.getByRole("tab", { name: "Chat" }).click();
    await candidate.getByLabel("Message", { exact: true }).fill("Ready when you are.");
    await candidate.keyboard.press("Enter");
    await settledText(interviewer, "chat-announcer", "Ready when you are.");
    await interviewer.getByRole("button", { name: "Invite", exact: true }).click();
    await until(async () => (await interviewer.getByRole("row").count()) > 3, "the invite list");
    await expectTree(interviewer, "room-interviewer-chat-invites");
    await interviewer.keyboard.press("Escape");
    await interviewer.context().close();
    await candidate.context().close();
    await observer.context().close();
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
