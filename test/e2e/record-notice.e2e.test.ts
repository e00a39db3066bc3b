/**
 * The participant-facing side of the interview record against the running product: the join page
 * and the room tell the candidate the interview is recorded and for how long; what the candidate's
 * browser then does — leaving the window, hiding the tab, pasting into the editor from elsewhere
 * and from the editor itself — reaches the record as their claims (read with the interviewer's
 * session through the API); the interviewer grants spectators the record and, once the interview
 * ended, deletes it.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { RecordEvent, RecordResponse } from "../../contracts/record";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { joinAs } from "../../scripts/lib/room-api.mjs";
import { launch, type Launched } from "./browser";
import { editorText, focusEditor, shot, until } from "./helpers";
import { newRoom, type TestRoom } from "./room";

const base = inject("baseUrl");
let browser: Launched;
let room: TestRoom;
let candidate: Page;
let interviewerToken: string;
let candidateId: string;

beforeAll(async () => {
  browser = await launch();
  room = await newRoom(base, "Recorded");
  interviewerToken = (await joinAs(base, room, "interviewer", "Ivy")).token;
});
afterAll(async () => {
  await browser?.close();
});

async function record(token = interviewerToken): Promise<Response> {
  return fetch(new URL(`/api/rooms/${room.roomId}/record?limit=5000`, base), { headers: { Authorization: `Bearer ${token}` } });
}

async function events(): Promise<RecordEvent[]> {
  const res = await record();
  expect(res.status).toBe(200);
  return ((await res.json()) as RecordResponse).events;
}

/** The candidate's signals on the record, as [kind, external?] in order. */
async function candidateSignals() {
  return (await events())
    .filter((e) => e.userId === candidateId && ["paste", "blur", "focus", "hidden", "visible"].includes(e.kind))
    .map((e) => (e.kind === "paste" ? `paste:${e.size}:${e.external ? "external" : "own"}` : e.kind));
}

/** What a tab switch looks like to the page (headless Chromium keeps every page visible and focused). */
function switchAway(page: Page, away: boolean) {
  return page.evaluate((hidden) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (hidden ? "hidden" : "visible") });
    if (hidden) window.dispatchEvent(new Event("blur"));
    document.dispatchEvent(new Event("visibilitychange"));
    if (!hidden) window.dispatchEvent(new Event("focus"));
  }, away);
}

describe("the interview record, as participants meet it", () => {
  it("the join page tells the candidate before they join, and the room keeps telling them", async () => {
    candidate = await (await browser.context()).newPage();
    await candidate.goto(room.links.candidate);
    const notice = candidate.getByTestId("record-notice");
    await until(async () => (await notice.textContent())?.includes("30 days") ?? false, "the notice with its days");
    expect(await notice.textContent()).toBe("This interview is recorded: code, runs, chat, paste and focus events. The record is kept for 30 days.");
    await shot(candidate, "record-notice-join");
    await candidate.getByLabel("Display name").fill("Cam");
    await candidate.getByTestId("join").click();
    await candidate.locator(".monaco-editor").waitFor();
    await until(async () => (await candidate.getByTestId("connection-status").getAttribute("data-status")) === "saved", "candidate connected");
    const session = await candidate.evaluate((id) => sessionStorage.getItem(`duet:session:${id}`), room.roomId);
    candidateId = (JSON.parse(session!) as { identity: { userId: string } }).identity.userId;

    // In the room: a badge in the top bar that opens to the same words.
    const badge = candidate.getByTestId("record-badge");
    expect(await badge.locator("summary").textContent()).toBe("Recorded");
    await badge.locator("summary").click();
    await until(async () => (await candidate.getByTestId("record-notice").textContent())?.includes("kept for 30 days") ?? false, "the room's notice");
    await shot(candidate, "record-notice-room");
    await badge.locator("summary").click();

    // That the candidate was told is on the record, as theirs.
    const notices = (await events()).filter((e) => e.kind === "notice");
    expect(notices).toMatchObject([{ kind: "notice", retentionDays: 30, privacyUrl: null, userId: candidateId }]);
  });

  it("leaving the tab and pasting into the editor reach the record as the candidate's signals", async () => {
    await switchAway(candidate, true);
    await switchAway(candidate, false);
    // From elsewhere: a paste whose text the editor never copied.
    const outside = "print('found online')";
    await candidate.evaluate((t) => navigator.clipboard.writeText(t), outside);
    await focusEditor(candidate);
    await candidate.keyboard.press("ControlOrMeta+A");
    await candidate.keyboard.press("ControlOrMeta+V");
    await until(async () => (await editorText(candidate)).includes("found online"), "the paste in the editor");
    // From the editor itself: copy what is there, paste it again.
    await candidate.keyboard.press("ControlOrMeta+A");
    await candidate.keyboard.press("ControlOrMeta+C");
    await candidate.keyboard.press("End");
    await candidate.keyboard.press("Enter");
    await candidate.keyboard.press("ControlOrMeta+V");
    await until(async () => (await editorText(candidate)).split("found online").length === 3, "the second paste");

    // Batches go at most every 5 s: all of it is there within a few.
    const want = ["blur", "hidden", "visible", "focus", `paste:${outside.length}:external`, `paste:${outside.length}:own`];
    await until(async () => (await candidateSignals()).length >= want.length, "the signals on the record", 20_000);
    expect(await candidateSignals()).toEqual(want);
    // Claims, never facts about the code: the code is what the candidate's editor shows.
    expect(await editorText(candidate)).toBe(`${outside}\n${outside}`);
  });

  it("the interviewer lets spectators read the record, then ends the interview and deletes the record", async () => {
    const interviewer = await (await browser.context()).newPage();
    await interviewer.goto(room.links.interviewer);
    await interviewer.getByLabel("Display name").fill("Ivy");
    await interviewer.getByTestId("join").click();
    await interviewer.locator(".monaco-editor").waitFor();
    const spectatorToken = (await joinAs(base, room, "spectator", "Sam")).token as string;
    expect((await record(spectatorToken)).status).toBe(403);

    // Beside the spectators' links, in the invites dialog.
    await interviewer.getByRole("button", { name: "Invite", exact: true }).click();
    const grant = interviewer.getByRole("dialog").getByTestId("record-spectators");
    expect(await grant.getAttribute("aria-checked")).toBe("false");
    await grant.click();
    await until(async () => (await grant.getAttribute("aria-checked")) === "true", "the switch on, as the room says");
    expect((await record(spectatorToken)).status).toBe(200);
    await shot(interviewer, "record-access-switch");
    await interviewer.keyboard.press("Escape");

    await interviewer.getByRole("button", { name: "End", exact: true }).click();
    await interviewer.getByRole("dialog").getByRole("button", { name: "End interview" }).click();
    await interviewer.getByTestId("delete-record").click();
    const dialog = interviewer.getByRole("dialog");
    expect(await dialog.textContent()).toContain("the notes and the scorecards are deleted for everyone");
    await shot(interviewer, "record-delete-dialog");
    await interviewer.getByTestId("confirm-delete-record").click();
    await interviewer.getByTestId("record-deleted").waitFor();
    expect(await interviewer.getByTestId("open-replay").count()).toBe(0);
    expect((await record()).status).toBe(404);
  });
});
