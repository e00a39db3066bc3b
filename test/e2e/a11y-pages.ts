/**
 * Pages for the accessibility tests: every page of the app in each display mode (light, dark, and
 * each in high contrast), reached as a person reaches them, and a room with its people in it.
 */
import type { BrowserContext, Page } from "playwright-core";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { createRoom } from "../../scripts/lib/room-api.mjs";
import type { Launched } from "./browser";
import { until } from "./helpers";
import type { Role, TestRoom } from "./room";

export interface Mode { name: string; theme: "light" | "dark"; contrast: "normal" | "more" }
export const MODES: Mode[] = [
  { name: "light", theme: "light", contrast: "normal" },
  { name: "dark", theme: "dark", contrast: "normal" },
  { name: "light-high-contrast", theme: "light", contrast: "more" },
  { name: "dark-high-contrast", theme: "dark", contrast: "more" },
];

/** A person whose browser opens the app in `mode` (what the theme toggle and the settings remember). */
export async function contextIn(browser: Launched, mode: Mode, opts: Parameters<Launched["context"]>[0] = {}): Promise<BrowserContext> {
  const context = await browser.context({ locale: "en-US", ...opts });
  await context.addInitScript((m: Mode) => {
    try {
      if (sessionStorage.getItem("a11y:mode-set")) return; // once per tab: later changes are the page's own
      sessionStorage.setItem("a11y:mode-set", "1");
      localStorage.setItem("duet:theme", m.theme);
      localStorage.setItem("duet:settings", JSON.stringify({ contrast: m.contrast }));
    } catch {
      // about:blank has no storage
    }
  }, mode);
  return context;
}

/** Switches a live page to `mode` through its own controls: the theme toggle and the settings dialog. */
export async function switchMode(page: Page, mode: Mode): Promise<void> {
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  if (theme !== mode.theme) await page.getByRole("button", { name: mode.theme === "dark" ? "Switch to dark theme" : "Switch to light theme" }).click();
  const more = await page.evaluate(() => document.documentElement.dataset.contrast === "more");
  if (more !== (mode.contrast === "more")) {
    await page.getByTestId("settings").first().click();
    await page.getByTestId("settings-high-contrast").click();
    await page.keyboard.press("Escape");
  }
  await until(
    async () => (await page.evaluate(() => `${document.documentElement.dataset.theme}/${document.documentElement.dataset.contrast ?? "normal"}`)) === `${mode.theme}/${mode.contrast}`,
    `the page in ${mode.name}`,
  );
}

export async function roomWithProblem(base: string, title = "Accessibility"): Promise<TestRoom> {
  return createRoom(base, { title, problem: "two-sum", language: "python" });
}

/** Joins `room` through the role's invite link, as the person would. */
export async function join(context: BrowserContext, room: TestRoom, role: Role, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(room.links[role]);
  await page.getByLabel("Display name").fill(name);
  await page.getByTestId("join").click();
  await inRoom(page);
  return page;
}

/** The room is on screen and connected, its editor (Monaco, or the touch editor on a phone) ready for input. */
export async function inRoom(page: Page): Promise<void> {
  await page.locator('[data-testid="editor"] [role="textbox"]').first().waitFor({ state: "attached" });
  await until(async () => (await page.getByTestId("connection-status").getAttribute("data-status")) === "saved", "connected");
}

/** An invite link whose token the server refuses (a forged or expired link). */
export function badLink(base: string, roomId: string): string {
  return `${base}/r/${roomId}#token=v1.not-a-real-token`;
}

/** A tab that held a session for a room the server no longer knows: the "room isn't available" page. */
export async function openGoneRoom(page: Page, base: string): Promise<void> {
  await page.goto(base);
  const roomId = "gone-room-a11y";
  await page.evaluate((id) => {
    sessionStorage.setItem(`duet:session:${id}`, JSON.stringify({ token: "v1.expired", identity: { userId: "u1", name: "Gone", role: "candidate" }, title: "Old interview" }));
  }, roomId);
  await page.goto(`${base}/r/${roomId}`);
  await page.getByTestId("room-unavailable").waitFor();
}
