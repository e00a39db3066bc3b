/**
 * The UI in the user's language, in Chromium: a browser in each shipped locale gets that UI and
 * <html lang>; a Spanish browser's switcher changes the page live and the choice is remembered;
 * then the pseudo-locale (en-XA: accented, ~40 % longer) over every page — landing, the links,
 * join, the room as interviewer and as candidate (a judged run, the dialogs, the end), the error
 * pages — with no text left untranslated and none clipped. Screenshots: test-artifacts/e2e/i18n-*.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { LOCALES } from "../../web/src/i18n/locales";
import { PSEUDO_MARK } from "../../web/src/i18n/pseudo";
import { launch, type Launched } from "./browser";
import { shot, typeInEditor, until } from "./helpers";
import { textProblems } from "./i18n-page";

const base = inject("baseUrl");
let browser: Launched;

type Strings = { landing: { startTitle: string; titleLabel: string; nameLabel: string }; topbar: { run: string }; status: { saved: string } };
const strings = (code: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`../../web/src/i18n/locales/${code}.json`, import.meta.url)), "utf8")) as Strings;
const BROWSER_TAG: Record<string, string> = { en: "en-US", es: "es-ES", "pt-BR": "pt-BR", "zh-CN": "zh-CN", hi: "hi-IN" };

const lang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const heading = (page: Page) => page.locator("#create-title").textContent();
const connected = (page: Page) => until(async () => (await page.getByTestId("connection-status").getAttribute("data-status")) === "saved", "connected");

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("the browser's language", () => {
  it.each(LOCALES.map((l) => l.code))("a %s browser gets that UI and <html lang>", async (code) => {
    const page = await (await browser.context({ locale: BROWSER_TAG[code] })).newPage();
    await page.goto(base);
    await until(async () => (await heading(page)) === strings(code).landing.startTitle, `the ${code} landing`);
    expect(await lang(page)).toBe(code);
    expect((await textProblems(page)).clipped).toEqual([]);
    await shot(page, `i18n-00-${code}-landing`);
    await page.context().close();
  });

  it("es-ES: Spanish from the first page; the switcher changes it live, and the choice is remembered", async () => {
    const page = await (await browser.context({ locale: "es-ES" })).newPage();
    await page.goto(base);
    await until(async () => (await heading(page)) === "Iniciar una entrevista", "the Spanish landing");
    expect(await lang(page)).toBe("es");
    await page.getByLabel("Título de la entrevista").fill("Entrevista de backend");
    await shot(page, "i18n-01-es-landing");

    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true)); // gone if the page reloads
    await page.getByLabel("Idioma de la interfaz").selectOption("en");
    await until(async () => (await heading(page)) === "Start an interview", "English, live");
    expect(await lang(page)).toBe("en");
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
    expect(await page.getByLabel("Interview title").inputValue()).toBe("Entrevista de backend"); // nothing typed is lost
    await page.reload();
    await until(async () => (await heading(page)) === "Start an interview", "English remembered over the browser's Spanish");

    // Back to Spanish, into a room: the room's UI switches live too.
    await page.getByLabel("Interface language").selectOption("es");
    await page.getByLabel("Tu nombre").fill("Lucía");
    await page.getByTestId("create-room").click();
    await page.getByTestId("enter-room").click();
    await page.locator(".monaco-editor").waitFor();
    await connected(page);
    expect(await page.getByTestId("run").textContent()).toContain("Ejecutar");
    expect(await page.getByTestId("connection-status").textContent()).toBe("Guardado");
    expect((await textProblems(page)).clipped).toEqual([]);
    await shot(page, "i18n-02-es-room");
    await page.getByLabel("Idioma de la interfaz").selectOption("pt-BR");
    await until(async () => (await page.getByTestId("run").textContent())!.includes("Executar"), "Portuguese, live in the room");
    expect(await lang(page)).toBe("pt-BR");
    expect(await page.getByTestId("connection-status").textContent()).toBe("Salvo");
    expect((await textProblems(page)).clipped).toEqual([]);
    await shot(page, "i18n-03-pt-BR-room");
    await page.context().close();
  });
});

describe("the pseudo-locale over every page", () => {
  let interviewer: Page;
  let candidate: Page;
  let candidateLink = "";

  const pseudoPage = async () => {
    const context = await browser.context();
    await context.addInitScript(() => {
      try {
        localStorage.setItem("duet:locale", "en-XA");
      } catch {
        // about:blank has no storage
      }
    });
    return context.newPage();
  };
  /** Every untranslated and every clipped text on the page, with a screenshot to look at. */
  const check = async (page: Page, name: string) => {
    await shot(page, `i18n-pseudo-${name}`);
    expect({ page: name, ...(await textProblems(page)) }).toEqual({ page: name, untranslated: [], clipped: [] });
  };

  it("landing and the new room's links", async () => {
    interviewer = await pseudoPage();
    await interviewer.goto(base);
    await until(async () => (await lang(interviewer)) === "en-XA" && PSEUDO_MARK.test((await heading(interviewer)) ?? ""), "the pseudo-locale");
    await until(async () => (await interviewer.locator('select[name="problem"] option').count()) > 1, "the problem library");
    await check(interviewer, "01-landing");
    await interviewer.locator('input[name="title"]').fill("Pseudo pass");
    await interviewer.locator('input[name="name"]').fill("Grace Hopper");
    await interviewer.locator('select[name="problem"]').selectOption("two-sum");
    await interviewer.getByTestId("create-room").click();
    candidateLink = await interviewer.getByTestId("link-candidate").inputValue();
    await check(interviewer, "02-links");
  });

  it("the room as the interviewer, and its invite dialog", async () => {
    await interviewer.getByTestId("enter-room").click();
    await interviewer.locator(".monaco-editor").waitFor();
    await connected(interviewer);
    await until(async () => (await interviewer.locator(".problem").count()) > 0, "the problem statement");
    await check(interviewer, "03-room-interviewer");
    await interviewer.locator(".interviewer-controls button.btn").first().click();
    await interviewer.locator(".invite-table tbody tr").first().waitFor();
    await check(interviewer, "04-invites-dialog");
    await interviewer.keyboard.press("Escape");
  });

  it("join, then the room as the candidate, with a judged run", async () => {
    candidate = await pseudoPage();
    await candidate.goto(candidateLink);
    await candidate.locator('input[name="name"]').waitFor();
    await check(candidate, "05-join");
    await candidate.locator('input[name="name"]').fill("Ada Lovelace");
    await candidate.getByTestId("join").click();
    await candidate.locator(".monaco-editor").waitFor();
    await connected(candidate);
    await typeInEditor(candidate, "class Solution:\n    def twoSum(self, nums, target):\n        return [0, 1]\n", { replace: true });
    await candidate.getByTestId("run").click();
    await until(async () => (await candidate.locator(".tests-summary").count()) > 0 && (await candidate.getByTestId("run").count()) > 0, "the judged run", 30_000);
    await check(candidate, "06-room-candidate-run");
    await candidate.locator(".console .tab").first().click();
    await check(candidate, "07-room-candidate-output");
    // On a phone: the top bar wraps, the panels are tabs.
    await candidate.setViewportSize({ width: 390, height: 844 });
    await candidate.locator(".phone-tabs").waitFor();
    await check(candidate, "07b-room-candidate-phone");
    await candidate.getByRole("tab").filter({ hasText: PSEUDO_MARK }).nth(2).click();
    await check(candidate, "07c-room-candidate-phone-console");
    await candidate.setViewportSize({ width: 1440, height: 900 });
  });

  it("ending the interview: the dialog, and the end for both", async () => {
    await interviewer.locator(".interviewer-controls .btn-danger-ghost").click();
    await interviewer.locator(".modal").waitFor();
    await check(interviewer, "08-end-dialog");
    await interviewer.locator(".modal .btn-danger").click();
    await candidate.locator(".ended-overlay").waitFor();
    await check(candidate, "09-ended");
  });

  it("the error pages: no invite, and a room that is not there", async () => {
    const page = await pseudoPage();
    await page.goto(`${base}/r/no-such-room`);
    await page.locator("#join-title").waitFor();
    await check(page, "10-no-invite");
    await page.evaluate(() => sessionStorage.setItem("duet:session:no-such-room", JSON.stringify({ token: "not-a-token", identity: { userId: "u", name: "N", role: "candidate", color: "#123456" }, title: "Gone" })));
    await page.reload();
    await page.getByTestId("room-unavailable").waitFor();
    await check(page, "11-room-unavailable");
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
