/**
 * Links that explain themselves (issue 15), in a real browser: a tampered link, an ended room's link
 * and a revoked link each say what is wrong — their own message — before any name is asked for, and
 * the page carries none of the server's developer sentences; a single-use link names the interview
 * and the role, lets its first browser in (and back in), and tells a second browser it was used;
 * the interviewer sees who joined through which link and is asked before revoking their own.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pathTo, ROUTES } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { joinAs } from "../../scripts/lib/room-api.mjs";
import { launch, type Launched } from "./browser";
import { shot, until } from "./helpers";
import { newRoom } from "./room";

const base = inject("baseUrl");
let browser: Launched;

/** What the API says to developers: none of it may reach the page. */
const RAW = ["token signature is invalid", "malformed token", "this link was revoked", "this interview has ended", "this room has expired", "no such room", "single-use link was already used"];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  expect(browser?.problems() ?? []).toEqual([]);
  await browser?.close();
});

async function command(name: "revokeInvite" | "end" | "invites" | "createInvite", params: Record<string, string>, token: string, body?: unknown) {
  const route = ROUTES[name];
  const res = await fetch(new URL(pathTo(route, params as never), base), {
    method: route.method, headers: { Authorization: `Bearer ${token}`, ...(body ? { "Content-Type": "application/json" } : {}) }, body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${name}: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A fresh person whose pages remember whether a name field was ever on screen. */
async function person(): Promise<BrowserContext> {
  const context = await browser.context();
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('input[name="name"]')) (window as unknown as { sawNameField: boolean }).sawNameField = true;
    }).observe(document, { childList: true, subtree: true });
  });
  return context;
}

const sawNameField = (page: Page) => page.evaluate(() => (window as unknown as { sawNameField?: boolean }).sawNameField === true);

/** Opens the link in a new person's browser and waits for the page's verdict on it. */
async function refusedLink(link: string, code: string, shotName: string): Promise<Page> {
  const page = await (await person()).newPage();
  await page.goto(link);
  const refused = page.getByTestId("link-refused");
  await refused.waitFor().catch(async (e) => {
    await shot(page, `${shotName}-failed`);
    throw new Error(`${code}: ${(await page.locator("body").textContent())?.slice(0, 400)}`, { cause: e });
  });
  expect(await refused.getAttribute("data-code")).toBe(code);
  expect(await sawNameField(page)).toBe(false);
  expect(await page.getByLabel("Display name").count()).toBe(0);
  const html = (await page.content()).toLowerCase();
  for (const raw of RAW) expect(html, `${code}: the page shows "${raw}"`).not.toContain(raw);
  // Nor an error code as text (the page reads codes; it shows sentences).
  expect(await page.locator("body").textContent()).not.toMatch(/link_|room_(ended|expired|not_found)/);
  await shot(page, shotName);
  return page;
}

describe("links that explain themselves", () => {
  it("a tampered link, an ended room's link and a revoked link each say so, in their own words, before any name prompt", async () => {
    const tamperedRoom = await newRoom(base, "Backend screen");
    const link = tamperedRoom.links.candidate;
    const tampered = `${link.slice(0, -4)}${link.endsWith("AAAA") ? "BBBB" : "AAAA"}`;

    const endedRoom = await newRoom(base, "Backend screen");
    const endedBy = await joinAs(base, endedRoom, "interviewer", "Ivy");
    await command("end", { roomId: endedRoom.roomId }, endedBy.token);

    const revokedRoom = await newRoom(base, "Backend screen");
    const revokedBy = await joinAs(base, revokedRoom, "interviewer", "Ivy");
    const { invites } = (await command("invites", { roomId: revokedRoom.roomId }, revokedBy.token)) as { invites: { id: string; role: string }[] };
    const candidateInvite = invites.find((i) => i.role === "candidate")?.id ?? "";
    await command("revokeInvite", { roomId: revokedRoom.roomId, inviteId: candidateInvite }, revokedBy.token);

    const messages = new Set<string>();
    for (const [url, code] of [[tampered, "link_invalid"], [endedRoom.links.candidate, "room_ended"], [revokedRoom.links.candidate, "link_revoked"]] as const) {
      const page = await refusedLink(url, code, `links-${code}`);
      messages.add((await page.getByTestId("link-refused").textContent()) ?? "");
      // What to do next: the way out is there.
      expect(await page.getByRole("link").filter({ hasText: /start your own/i }).count()).toBe(1);
      await page.context().close();
    }
    expect(messages.size).toBe(3);
  });

  it("a single-use link names the interview and the role, admits its first browser (and again), and tells a second browser it was used", async () => {
    const room = await newRoom(base, "Backend screen");
    const interviewer = await (await browser.context()).newPage();
    await interviewer.goto(room.links.interviewer);
    await interviewer.getByLabel("Display name").fill("Ivy");
    await interviewer.getByTestId("join").click();
    await interviewer.locator(".monaco-editor").waitFor();

    // The interviewer makes a single-use candidate link in the room's invite dialog.
    await interviewer.getByRole("button", { name: "Invite", exact: true }).click();
    await interviewer.getByTestId("single-use").check();
    await interviewer.getByRole("button", { name: "New candidate link" }).click();
    const field = interviewer.getByTestId("link-candidate");
    await until(async () => ((await field.count()) > 0 && (await field.inputValue()).includes("#token=")), "the new link");
    const singleUse = await field.inputValue();
    await interviewer.keyboard.press("Escape");
    await interviewer.getByTestId("single-use").waitFor({ state: "detached" });

    const first = await (await person()).newPage();
    await first.goto(singleUse);
    const summary = first.getByTestId("link-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(/You're joining “Backend screen” as the candidate\.[\s\S]*one browser only/);
    await first.getByLabel("Display name").fill("Cam");
    await first.getByTestId("join").click();
    await first.locator(".monaco-editor").waitFor();
    await shot(first, "links-single-use-joined");

    const second = await refusedLink(singleUse, "link_used", "links-link-used");
    expect(await second.getByTestId("link-refused").textContent()).toMatch(/already used/);
    await second.context().close();

    // The first browser opens the link again: welcomed back, and in as the same participant.
    const again = await first.context().newPage();
    await again.goto(singleUse);
    await again.getByTestId("link-summary").waitFor();
    expect(await again.getByTestId("link-summary").textContent()).toMatch(/Welcome back/);
    await again.getByLabel("Display name").fill("Cam");
    await again.getByTestId("join").click();
    await again.locator(".monaco-editor").waitFor();

    // The interviewer sees who joined through which link.
    await interviewer.getByRole("button", { name: "Invite", exact: true }).click();
    const usedRow = interviewer.getByTestId("invite-row").filter({ hasText: "Used" });
    await until(async () => (await usedRow.count()) === 1 && ((await usedRow.getByTestId("invite-joined").textContent()) ?? "").includes("Cam"), "Cam in the single-use link's row");
    const ownRow = interviewer.getByTestId("invite-row").filter({ hasText: "Your link" });
    expect(await ownRow.getByTestId("invite-joined").textContent()).toContain("Ivy");

    // Revoking their own link asks first, saying it disconnects them; cancelling keeps them in.
    await ownRow.getByTestId("revoke-invite").click();
    const confirm = interviewer.getByTestId("revoke-own");
    await confirm.waitFor();
    expect(await confirm.textContent()).toMatch(/disconnects you/);
    await shot(interviewer, "links-revoke-own");
    await confirm.getByRole("button", { name: "Cancel" }).click();
    expect(await confirm.count()).toBe(0);
    expect(await ownRow.textContent()).toContain("Active");

    // Confirmed: the interviewer is disconnected, and the room says so in the catalogue's words.
    await ownRow.getByTestId("revoke-invite").click();
    await interviewer.getByTestId("confirm-revoke-own").click();
    const overlay = interviewer.locator(".ended-overlay");
    await overlay.waitFor();
    expect(await overlay.textContent()).toContain("Your link was revoked.");
    const html = (await interviewer.content()).toLowerCase();
    for (const raw of RAW) expect(html).not.toContain(raw);
    await shot(interviewer, "links-own-revoked");
    for (const p of [interviewer, first]) await p.context().close();
  });
});
