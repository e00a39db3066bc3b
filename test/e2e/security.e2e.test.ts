/**
 * Safe by default, in a real browser, from the hostile participant's side: every HTML page is
 * served with the security headers and nothing on any page breaks the policy (the room's sockets
 * included: connect-src 'self'); a name built to escape the caret-label CSS or to inject markup
 * stays text (caret labels are DOM text, never CSS); a candidate whose offline edits the room refuses gets them back, not wiped.
 */
import type { Page, WebSocketRoute } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launch, type Launched } from "./browser";
import { editorText, shot, typeInEditor, until } from "./helpers";
import { pathTo, ROUTES } from "../../contracts/routes";

const base = inject("baseUrl");
let browser: Launched;
let interviewer: Page;
let candidate: Page;

/** Survives the server's text rules (no controls or bidi marks), and still tries everything else. */
const CANDIDATE = `Mallory "}*{display:none} <b>x</b> ليلى`;
const TITLE = `<img src=x onerror=alert(1)> Backend — مقابلة`;

/** The candidate's code socket goes through here, so the test can take it offline and back. */
const codeSocket = { offline: false, live: null as WebSocketRoute | null };

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const participants = (p: Page) => p.getByTestId("participants");

describe("safe by default", () => {
  it("serves every HTML page with the security headers", async () => {
    const page = await (await browser.context()).newPage();
    for (const path of ["/", "/r/nosuchroom", "/r/nosuchroom/#token=x"]) {
      const res = (await page.goto(base + path))!;
      const h = res.headers();
      expect(h["content-type"], path).toMatch(/^text\/html/);
      expect(h["content-security-policy"], path).toMatch(
        /^default-src 'self'; script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+; style-src 'self' 'unsafe-inline'; worker-src 'self' blob:; connect-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'$/,
      );
      expect(h["x-content-type-options"], path).toBe("nosniff");
      expect(h["referrer-policy"], path).toBe("no-referrer");
    }
    // The theme script ran (its hash is allowed): the page has a theme before React renders.
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toMatch(/^(light|dark)$/);
    await page.close();
  });

  it("a hostile name and title stay text for everyone", async () => {
    interviewer = await (await browser.context()).newPage();
    await interviewer.goto(base);
    await interviewer.getByLabel("Interview title").fill(TITLE);
    await interviewer.getByLabel("Your name").fill("Grace Hopper");
    await interviewer.getByTestId("create-room").click();
    const link = await interviewer.getByTestId("link-candidate").inputValue();
    await interviewer.getByTestId("enter-room").click();
    await interviewer.locator(".monaco-editor").waitFor();

    const ctx = await browser.context();
    const codePath = pathTo(ROUTES.roomSocket, { roomId: new URL(link).pathname.split("/")[2], doc: "code" });
    await ctx.routeWebSocket((url) => url.pathname === codePath, (ws) => {
      codeSocket.live = ws;
      if (!codeSocket.offline) ws.connectToServer(); // else the page believes it is connected; nothing reaches the room
    });
    candidate = await ctx.newPage();
    await candidate.goto(link);
    await candidate.getByLabel("Display name").fill(CANDIDATE);
    await candidate.getByTestId("join").click();
    await candidate.locator(".monaco-editor").waitFor();
    await until(async () => (await candidate.getByTestId("connection-status").getAttribute("data-status")) === "saved", "candidate connected");

    await until(async () => (await participants(interviewer).textContent())!.includes("Mallory"), "the candidate in the list");
    expect(await participants(interviewer).locator("bdi").allTextContents()).toContain(CANDIDATE);
    expect(await participants(interviewer).locator("b").count()).toBe(0);
    expect(await candidate.locator("h1.room-title bdi").textContent()).toBe(TITLE);
    expect(await candidate.locator("img[src=x]").count()).toBe(0);
  });

  it("the caret label says the name and nothing else", async () => {
    await typeInEditor(candidate, "# hello\n");
    const label = interviewer.locator(".duet-cursor-label").first();
    await until(async () => (await label.count()) > 0 && (await label.textContent()) === CANDIDATE, "the label");
    expect(await label.evaluate((el) => el.childElementCount)).toBe(0);
    // The page's own rules are untouched: the editor and the top bar still show.
    expect(await interviewer.locator(".topbar").isVisible()).toBe(true);
    await shot(interviewer, "15-hostile-name-label");
  });

  it("no name reaches a stylesheet: caret colours are two rules a caret, built from ids and colours", async () => {
    const rules = await interviewer.evaluate(() =>
      [...document.querySelectorAll("style")]
        .filter((s) => s.textContent?.includes("yRemoteSelection"))
        .flatMap((s) => [...s.sheet!.cssRules].map((r) => r.cssText)),
    );
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule).toMatch(/^\.yRemoteSelection(Head)?-\d+ \{ (background-color|border-color): rgb[^;]*; \}$/);
    expect(rules.join("")).not.toContain("Mallory");
  });

  it("a candidate whose offline edits the room refuses gets them back", async () => {
    codeSocket.offline = true;
    await codeSocket.live!.close();
    await until(async () => (await candidate.getByTestId("connection-status").getAttribute("data-status")) !== "saved", "candidate cut off");
    await typeInEditor(candidate, "# my offline idea\n");
    await interviewer.getByTestId("candidate-can-edit").click(); // meanwhile, editing is paused
    await candidate.getByTestId("readonly-banner").waitFor();

    codeSocket.offline = false;
    await codeSocket.live!.close(); // the held socket: the candidate reconnects, to the room this time
    const notice = candidate.getByTestId("unsaved-edits");
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.getByRole("alert").textContent()).toBe("Your unsaved edits could not be merged — here they are");
    expect(await notice.getByLabel("Your main.py", { exact: true }).inputValue()).toContain("# my offline idea");
    expect(await notice.getByRole("button", { name: "Restore into the editor" }).isDisabled()).toBe(true);
    expect(await editorText(interviewer)).not.toContain("my offline idea");
    await shot(candidate, "16-refused-edits-kept");

    await interviewer.getByTestId("candidate-can-edit").click();
    await until(async () => (await candidate.getByTestId("readonly-banner").count()) === 0, "editing back on");
    await notice.getByRole("button", { name: "Restore into the editor" }).click();
    await until(async () => (await editorText(interviewer)).includes("# my offline idea"), "the restored edit at the interviewer");
    expect(await editorText(interviewer)).toContain("# hello");
    expect(await notice.count()).toBe(0);
  });

  it("an unknown room's pages", async () => {
    const page = await (await browser.context()).newPage();
    await page.goto(`${base}/r/nosuchroom`);
    await page.getByText("You need an invite link").waitFor();
    // A link that is no token at all is explained before any name is asked for.
    await page.goto(`${base}/r/nosuchroom2#token=not-a-token`);
    await page.getByTestId("link-refused").waitFor();
    expect(await page.getByTestId("link-refused").getAttribute("data-code")).toBe("link_invalid");
    expect(await page.getByLabel("Display name").count()).toBe(0);
    await page.close();
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
