/**
 * People in one room for the editor tests: browsers that join through the invite links as a person
 * would, and a stock y-websocket client in Node with a real session token (what any Yjs editor is).
 */
import type { Page } from "playwright-core";
import WebSocket from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { roomSocketBase } from "../../contracts/routes";
// @ts-expect-error: plain ESM helper shared with dev:token and the benches
import { createRoom, joinAs } from "../../scripts/lib/room-api.mjs";
import type { Launched } from "./browser";
import { until } from "./helpers";

export type Role = "interviewer" | "candidate" | "spectator";
export interface TestRoom { roomId: string; links: Record<Role, string> }

export async function newRoom(base: string, title = "Editor"): Promise<TestRoom> {
  return createRoom(base, { title });
}

/** A fresh browser context joined through the role's link; console errors go into `errors`. `before`: set the page up before it loads (routes). */
export async function joinPage(browser: Launched, room: TestRoom, role: Role, name: string, errors: string[], before?: (page: Page) => Promise<void>): Promise<Page> {
  const page = await (await browser.context()).newPage();
  await before?.(page);
  page.on("console", (m) => void (m.type() === "error" && errors.push(`${name}: ${m.text()}`)));
  page.on("pageerror", (e) => errors.push(`${name}: ${e.message}`));
  await page.goto(room.links[role]);
  await page.getByLabel("Display name").fill(name);
  await page.getByTestId("join").click();
  await page.locator(".monaco-editor").waitFor();
  await until(async () => (await page.getByTestId("connection-status").getAttribute("data-status")) === "saved", `${name} connected`);
  return page;
}

/**
 * The interviewer's way in: the landing page's form filled, `problem` picked from the library, the
 * room created and entered (its editor up). Returns the candidate's invite link.
 */
export async function createRoomWithProblem(page: Page, base: string, form: { title: string; name: string; problem: string }): Promise<string> {
  await page.goto(base);
  await page.getByLabel("Interview title").fill(form.title);
  await page.getByLabel("Your name").fill(form.name);
  await until(async () => (await page.locator('select[name="problem"] option').count()) > 1, "the problem library");
  await page.locator('select[name="problem"]').selectOption(form.problem);
  await page.getByTestId("create-room").click();
  const link = await page.getByTestId("link-candidate").inputValue();
  await page.getByTestId("enter-room").click();
  await page.locator(".monaco-editor").waitFor();
  return link;
}

/** A person opening an invite link: their name given, joined, the editor up. */
export async function joinByLink(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel("Display name").fill(name);
  await page.getByTestId("join").click();
  await page.locator(".monaco-editor").waitFor();
}

/** A stock y-websocket WebsocketProvider on the room's code doc, as any Yjs editor binding would use it. */
export async function stockClient(base: string, room: TestRoom, role: Role = "interviewer", name = "Stock Yjs") {
  const { token } = await joinAs(base, room, role, name);
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${base.replace(/^http/, "ws")}${roomSocketBase(room.roomId)}`, "code", doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  await until(async () => provider.synced, "the stock client synced");
  const text = doc.getText("code:python");
  return {
    doc,
    text,
    provider,
    /** Replaces the whole buffer (one transaction). */
    set(value: string) {
      doc.transact(() => {
        text.delete(0, text.length);
        text.insert(0, value);
      });
    },
    destroy: () => (provider.destroy(), doc.destroy()),
  };
}
