/**
 * Issue 15, as people meet it: a connection that goes silent (no close, no error) shows on the
 * badge within 5 s, and the others see that person as reconnecting within 10 s; chat lines typed
 * back to back both arrive whole; a read-only candidate cannot switch the room's language. The
 * candidate's browser reaches the product through a loopback proxy that can stall; the
 * interviewer's goes direct.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CSRF_HEADER } from "../../contracts/routes";
import { launch, type Launched } from "./browser";
import { focusEditor, shot, until } from "./helpers";
import { joinPage, newRoom, type TestRoom } from "./room";
import { stallProxy, type StallProxy } from "./stall-proxy";

const base = inject("baseUrl");
let browser: Launched;
let proxy: StallProxy;
let room: TestRoom;
let interviewer: Page;
let candidate: Page;
const errors: string[] = [];

const status = (page: Page) => page.getByTestId("connection-status").getAttribute("data-status");
const candidateEntry = () => interviewer.getByTestId("participants").locator("li", { hasText: "Cleo" });

beforeAll(async () => {
  browser = await launch();
  proxy = await stallProxy(base);
  room = await newRoom(base, "Presence");
  interviewer = await joinPage(browser, room, "interviewer", "Ivan", errors);
  const throughProxy = { ...room, links: { ...room.links, candidate: room.links.candidate.replace(new URL(base).origin, proxy.origin) } };
  candidate = await joinPage(browser, throughProxy, "candidate", "Cleo", errors);
});
afterAll(async () => {
  await browser?.close();
  await proxy?.close();
});

describe("presence", () => {
  it("a silent drop: the badge changes within 5 s, the other side sees 'reconnecting' within 10 s, and both recover", async () => {
    await focusEditor(candidate); // a caret for the interviewer to see
    await candidate.keyboard.type("# here");
    await until(async () => (await interviewer.locator(".yRemoteSelectionHead").count()) > 0, "the candidate's caret");
    await until(async () => (await candidateEntry().count()) === 1, "the candidate in the list");
    expect(await candidateEntry().getAttribute("data-presence")).toBeNull();

    proxy.stall();
    const stalledAt = Date.now();
    await until(async () => (await status(candidate)) !== "saved", "the candidate's badge changes", 8_000);
    const badgeAfter = Date.now() - stalledAt;
    expect(["reconnecting", "offline"]).toContain(await status(candidate));
    expect(badgeAfter).toBeLessThanOrEqual(5_000);

    await until(async () => (await candidateEntry().getAttribute("data-presence")) === "reconnecting", "the interviewer sees 'reconnecting'", 14_000);
    const markedAfter = Date.now() - stalledAt;
    expect(markedAfter).toBeLessThanOrEqual(10_000);
    expect(await candidateEntry().getByTestId("participant-reconnecting").textContent()).toBe("reconnecting");
    // The caret is greyed (remote-cursors.ts RECONNECTING_COLOR).
    const caretColor = await interviewer.locator(".yRemoteSelectionHead").first().evaluate((el) => getComputedStyle(el).borderLeftColor);
    expect(caretColor).toBe("rgb(138, 143, 152)");
    expect(await status(interviewer)).toBe("saved"); // the interviewer's own connection is fine
    await shot(interviewer, "presence-reconnecting");

    proxy.resume();
    await until(async () => (await status(candidate)) === "saved", "the candidate reconnects", 30_000);
    await until(async () => (await candidateEntry().getAttribute("data-presence")) === null, "the interviewer sees the candidate back", 15_000);
    console.log(`presence: badge changed after ${badgeAfter} ms, 'reconnecting' shown after ${markedAfter} ms`);
  }, 90_000);
});

describe("chat", () => {
  it("two messages typed back to back both arrive whole, and what is typed while one is sending is kept", async () => {
    await interviewer.getByRole("tab", { name: "Chat" }).click();
    await candidate.getByRole("tab", { name: "Chat" }).click();
    const box = interviewer.getByLabel("Message", { exact: true });
    await box.click();
    await interviewer.keyboard.type("first line, whole");
    await interviewer.keyboard.press("Enter");
    await interviewer.keyboard.type("second line, also whole"); // while the first is on its way
    await until(async () => (await candidate.locator(".chat-text").count()) >= 1, "the first line");
    expect(await box.inputValue()).toBe("second line, also whole");
    await interviewer.keyboard.press("Enter");
    await until(async () => (await candidate.locator(".chat-text").count()) >= 2, "the second line");
    expect(await candidate.locator(".chat-text").allTextContents()).toEqual(["first line, whole", "second line, also whole"]);
    expect(await box.inputValue()).toBe("");
  });
});

describe("language", () => {
  it("a read-only candidate's select is disabled with the reason, and the room refuses the switch", async () => {
    const select = candidate.getByTestId("language-select");
    expect(await select.isDisabled()).toBe(false);
    const before = await select.inputValue();
    await interviewer.getByTestId("candidate-can-edit").click();
    await candidate.getByTestId("readonly-banner").waitFor();
    await until(async () => select.isDisabled(), "the select disabled");
    expect(await candidate.getByTestId("language-locked").textContent()).toContain("read-only");
    const other = before === "java" ? "go" : "java";
    const refused = await candidate.evaluate(
      async ({ roomId, language, header }) => {
        const res = await fetch(`/api/rooms/${roomId}/language`, { method: "POST", headers: { [header]: "1", "Content-Type": "application/json" }, body: JSON.stringify({ language }) });
        return { status: res.status, body: await res.json() };
      },
      { roomId: room.roomId, language: other, header: CSRF_HEADER },
    );
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "read_only" } } });
    await new Promise((r) => setTimeout(r, 300));
    expect(await interviewer.getByTestId("language-select").inputValue()).toBe(before);
    expect(browser.problems()).toEqual([]);
  });
});
