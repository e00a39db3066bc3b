/**
 * A deploy during a live interview (issue 16): two pages open on the running bundle; the room is
 * deployed a newer contract (the test-only knob: the room takes CONTRACT_VERSION + 1 as deployed
 * and ends its object, dropping every socket as a deploy does), so both pages are now the previous
 * version. They reconnect, keep working, and show "Duet was updated". The candidate types while
 * their connection is slow (the test holds their code socket's frames) and asks to reload now: the
 * page waits — the room has not confirmed it holds the typing — until the frames go through, then
 * reloads. The interviewer sees the typing, the reloaded editor still has it, and the reloaded page
 * (the same old bundle here, as from a stale cache) does not reload again by itself.
 */
import type { Page, WebSocketRoute } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
import { CONTRACT_VERSION } from "../../contracts/wire";
import { launch, type Launched } from "./browser";
import { editorText, focusEditor, until } from "./helpers";
import { joinPage, newRoom, type TestRoom } from "./room";

const base = inject("baseUrl");
const TYPED = "# typed just after the deploy";
let browser: Launched;
let room: TestRoom;
let interviewer: Page;
let candidate: Page;
const errors: string[] = [];

/** The candidate's code socket, relayed by the test: while `held`, the page's binary frames wait in `queue` (pings still pass). */
const link = { held: false, queue: [] as Buffer[], server: null as WebSocketRoute | null };

function releaseHeld(): void {
  link.held = false;
  for (const frame of link.queue.splice(0)) link.server?.send(frame);
}

/** A held sync step 1 (message 0, step 0): a question to the room whether it holds this copy. */
const heldQuestion = () => link.queue.some((f) => f[0] === 0 && f[1] === 0);

beforeAll(async () => {
  browser = await launch();
  room = await newRoom(base, "Deploy");
  interviewer = await joinPage(browser, room, "interviewer", "Ivan", errors);
  candidate = await joinPage(browser, room, "candidate", "Cleo", errors, (page) =>
    page.routeWebSocket(/\/code\?/, (ws) => {
      const server = ws.connectToServer();
      link.server = server;
      link.queue = [];
      ws.onMessage((m) => {
        if (typeof m !== "string" && link.held) link.queue.push(m);
        else server.send(m);
      });
      server.onMessage((m) => ws.send(m));
    }),
  );
});
afterAll(async () => {
  await browser?.close();
});

describe("a deploy during an interview", () => {
  it("the old page is told, keeps the candidate's typing through a slow link, and reloads only once the room has it", async () => {
    await candidate.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
    const deploy = await fetch(`${base}${pathTo(ROUTES.testDeploy, { roomId: room.roomId })}`, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ contract: CONTRACT_VERSION + 1 }),
    });
    expect(deploy.status).toBe(200);

    // Both pages reconnect on the previous contract and are told a newer one is deployed.
    const notice = candidate.getByTestId("update-notice");
    await notice.waitFor();
    link.held = true; // from here the candidate's frames wait: a slow link
    await interviewer.getByTestId("update-notice").waitFor();
    expect(await notice.textContent()).toContain("Duet was updated — reloading…");

    await focusEditor(candidate);
    await candidate.keyboard.press("Home");
    await candidate.keyboard.type(TYPED);
    await candidate.getByRole("button", { name: "Reload now" }).click();
    await until(async () => heldQuestion(), "the page asking the room whether it holds its copy");
    // The question waits behind the typing; without the room's answer the page does not reload.
    expect(await candidate.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBe(true);
    expect(await editorText(interviewer)).not.toContain(TYPED);

    const reloaded = candidate.waitForEvent("load", { timeout: 20_000 });
    releaseHeld();
    await reloaded;
    expect(await candidate.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload)).toBeUndefined();
    await until(async () => (await editorText(interviewer)).includes(TYPED), "the interviewer seeing the typing");
    await candidate.locator(".monaco-editor").waitFor();
    await until(async () => (await editorText(candidate)).includes(TYPED), "the reloaded editor holding the typing");

    // Still the old bundle here (as from a stale cache): told again, it offers the button rather than reloading in a loop.
    await until(async () => ((await candidate.getByTestId("update-notice").textContent()) ?? "").includes("reload when you're ready"), "the notice without the automatic reload");
    expect(browser.problems()).toEqual([]);
  }, 45_000);
});
