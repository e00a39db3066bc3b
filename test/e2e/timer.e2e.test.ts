/**
 * The interview clock in the built app: the interviewer sets a short clock with "the candidate can
 * no longer edit" at zero; the candidate's clock warns (colour and a polite announcement, no
 * dialog), then says "Time's up" and their editor turns read-only — done by the Room's alarm, not
 * by either browser. The clock is shortened through the API (what the interviewer's commands
 * send), so the test does not wait out real minutes.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { joinAs } from "../../scripts/lib/room-api.mjs";
import { launch, type Launched } from "./browser";
import { editorText, focusEditor, shot, until } from "./helpers";
import { joinPage, newRoom, type TestRoom } from "./room";

const base = inject("baseUrl");
let browser: Launched;
const errors: string[] = [];
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** The timer command, as the interviewer's browser sends it. */
async function timerCommand(room: TestRoom, token: string, body: unknown): Promise<void> {
  const res = await fetch(`${base}${pathTo(ROUTES.timer, { roomId: room.roomId })}`, {
    method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify(body),
  });
  expect(res.status, await res.clone().text()).toBe(200);
}

const stage = (page: Page) => page.getByTestId("timer").getAttribute("data-stage");
const announced = (page: Page) => page.getByTestId("timer-announcement").textContent();

describe("the interview clock", () => {
  it("the interviewer sets two minutes with read-only at zero; the candidate is warned, then sees Time's up and can no longer edit", async () => {
    const room = await newRoom(base, "Clock");
    const interviewer = await joinPage(browser, room, "interviewer", "Ivy Interviewer", errors);
    const candidate = await joinPage(browser, room, "candidate", "Cam Candidate", errors);
    const { token } = await joinAs(base, room, "interviewer", "Ivy's script");

    await interviewer.getByTestId("timer-setup").click();
    await interviewer.getByTestId("timer-minutes").fill("2");
    await interviewer.getByTestId("timer-at-zero-read-only").check();
    await interviewer.getByTestId("timer-apply").click();

    // Two minutes is under five: the candidate's clock is in its first warning, and says so once.
    await until(async () => (await stage(candidate)) === "1", "the five-minute warning");
    expect(await candidate.getByTestId("timer").getAttribute("class")).toContain("timer-low");
    await until(async () => (await announced(candidate)) === "Five minutes or less left.", "the five-minute announcement");
    expect(await candidate.getByTestId("timer-value").getAttribute("title")).toContain("The candidate can no longer edit");
    expect(await candidate.getByRole("dialog").count()).toBe(0);
    expect(await candidate.getByTestId("timer-pause").count()).toBe(0); // the clock is the interviewer's
    await shot(candidate, "timer-warning");
    // The interviewer's bar holds the running clock's controls and Extend without spilling over, wide or narrow.
    for (const width of [1440, 1024]) {
      await interviewer.setViewportSize({ width, height: 800 });
      const bar = await interviewer.evaluate(() => {
        const el = document.querySelector(".topbar")!;
        // Each group's children: where the last one ends, against where the next group begins.
        const box = (sel: string) => {
          const kids = [...el.querySelectorAll(`${sel} > *`)].map((k) => k.getBoundingClientRect()).filter((r) => r.width > 1);
          return { left: Math.min(...kids.map((r) => r.left)), right: Math.max(...kids.map((r) => r.right)), top: Math.min(...kids.map((r) => r.top)), bottom: Math.max(...kids.map((r) => r.bottom)) };
        };
        return { scroll: el.scrollWidth, client: el.clientWidth, page: document.documentElement.scrollWidth, inner: window.innerWidth, left: box(".topbar-left"), center: box(".topbar-center"), right: box(".topbar-right") };
      });
      type Box = { left: number; right: number; top: number; bottom: number };
      const overlap = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom && a.right > b.left;
      expect(bar.scroll, `${width}: ${JSON.stringify(bar)}`).toBeLessThanOrEqual(bar.client);
      expect(bar.page, `${width}: ${JSON.stringify(bar)}`).toBeLessThanOrEqual(bar.inner);
      expect(overlap(bar.left, bar.center) || overlap(bar.center, bar.right) || overlap(bar.left, bar.right), `${width}: ${JSON.stringify(bar)}`).toBe(false);
      await shot(interviewer, `timer-interviewer-${width}`);
    }

    await timerCommand(room, token, { action: "adjust", minutes: -1 });
    await until(async () => (await stage(candidate)) === "2", "the one-minute warning");
    await until(async () => (await announced(candidate)) === "One minute or less left.", "the one-minute announcement");

    // The candidate is typing when the time runs out.
    await focusEditor(candidate);
    await candidate.keyboard.type("# last words");
    await until(async () => (await editorText(interviewer)).includes("# last words"), "the typing at the interviewer");
    await timerCommand(room, token, { action: "adjust", minutes: -1 });

    await until(async () => (await candidate.getByTestId("timer-value").textContent()) === "Time's up", "Time's up", 20_000);
    await candidate.getByTestId("readonly-banner").waitFor();
    await until(async () => (await interviewer.getByTestId("timer-value").textContent()) === "Time's up", "Time's up for the interviewer");
    await until(async () => (await interviewer.getByTestId("candidate-can-edit").getAttribute("aria-checked")) === "false", "the switch shows the candidate read-only");
    const before = await editorText(candidate);
    await focusEditor(candidate);
    await candidate.keyboard.type("more");
    await new Promise((r) => setTimeout(r, 300));
    expect(await editorText(candidate)).toBe(before);
    expect(await editorText(interviewer)).toBe(before);
    await shot(candidate, "timer-times-up");

    expect(errors).toEqual([]);
    expect(browser.problems()).toEqual([]);
  });
});
