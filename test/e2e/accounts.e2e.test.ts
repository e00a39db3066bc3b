/**
 * Interviewer accounts in a real browser (issue 13's acceptance): a passkey sign-up and sign-in
 * in Chromium with virtual WebAuthn authenticators (the devtools protocol's WebAuthn domain), then
 * the team, a room, "Your interviews" (after a reload, and in a fresh browser that signs in with
 * the same passkey: the list comes from the account, not the browser), entering the room from the
 * list, a second passkey on a security key, signing out and in again, and a removed passkey that
 * no longer signs in. The signed-in pages also pass axe in every display mode and the pseudo-locale.
 *
 * The site is opened as http://localhost:<port>: WebAuthn refuses IP addresses, and the e2e
 * server's base URL is 127.0.0.1.
 */
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PSEUDO_MARK } from "../../web/src/i18n/pseudo";
import { axeFindings, blocking } from "./a11y-axe";
import { inRoom, MODES, switchMode } from "./a11y-pages";
import { launch, type Launched } from "./browser";
import { shot, until } from "./helpers";
import { textProblems } from "./i18n-page";
import { addAuthenticator, type Authenticator, credentialsOf, me, presence, siteOf } from "./passkeys";

const site = siteOf(inject("baseUrl"));
let browser: Launched;

const interviewTitles = (page: Page) => page.getByTestId("interview").locator(".interview-title").allTextContents();
async function seesInterview(page: Page, title: string): Promise<void> {
  await until(async () => (await interviewTitles(page)).includes(title), `"${title}" in Your interviews`);
}
const passkeyRows = (page: Page) => page.getByTestId("passkey").count();

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe("an interviewer account with passkeys", () => {
  const NAME = "Grace Hopper";
  const TITLE = "Backend onsite";
  let first: { context: BrowserContext; page: Page; phone: Authenticator };
  let userId = "";
  let roomId = "";

  it("a sign-up whose passkey isn't saved leaves no account behind (one could never sign in)", async () => {
    const context = await browser.context({ locale: "en-US" });
    const page = await context.newPage();
    const broken = await addAuthenticator(page, "internal");
    // Its answers say nobody touched it: the server refuses the registration.
    await broken.cdp.send("WebAuthn.setResponseOverrideBits", { authenticatorId: broken.id, isBadUP: true });
    await page.goto(site);
    await page.getByLabel("Name for your account").fill("Nobody");
    await page.getByTestId("create-account").click();
    await page.getByRole("alert").waitFor();
    expect((await me(page)).user).toBeNull();
    expect(await page.getByTestId("account-nav").count()).toBe(0);
    await context.close();
  });

  it("signs up with a passkey, names the team, creates a room and finds it in Your interviews, also after a reload", async () => {
    const context = await browser.context({ locale: "en-US" });
    const page = await context.newPage();
    const phone = await addAuthenticator(page, "internal");
    first = { context, page, phone };
    await page.goto(site);
    await page.getByLabel("Name for your account").fill(NAME);
    await page.getByTestId("create-account").click();
    await page.getByTestId("account-name").waitFor();
    expect(await page.getByTestId("account-name").textContent()).toBe(NAME);
    const saved = await credentialsOf(phone);
    expect(saved.map((c) => ({ rpId: c.rpId, resident: c.isResidentCredential }))).toEqual([{ rpId: "localhost", resident: true }]);
    const account = await me(page);
    expect(account.user?.name).toBe(NAME);
    userId = account.user?.id ?? "";

    await page.getByLabel("Team name").fill("Platform hiring");
    await page.getByTestId("create-team").click();
    await page.getByLabel("Interview title").fill(TITLE);
    expect(await page.locator('input[name="name"]').count()).toBe(0); // the account is the name
    await page.getByTestId("create-room").click();
    const candidateLink = page.getByTestId("link-candidate");
    await candidateLink.waitFor();
    roomId = new URL(await candidateLink.inputValue()).pathname.split("/")[2];
    await seesInterview(page, TITLE);
    await shot(page, "accounts-01-your-interviews");

    await page.reload();
    await seesInterview(page, TITLE);
    expect(await page.getByTestId("interview").getAttribute("data-room-id")).toBe(roomId);
  });

  let second: { context: BrowserContext; page: Page; phone: Authenticator };

  it("a fresh browser signs in with the same passkey, sees the interview from the account, and enters it from the list", async () => {
    const context = await browser.context({ locale: "en-US" });
    const page = await context.newPage();
    // The same phone in another browser: its authenticator holds the passkey made at sign-up, nothing else of that browser.
    const phone = await addAuthenticator(page, "internal");
    for (const c of await credentialsOf(first.phone)) await phone.cdp.send("WebAuthn.addCredential", { authenticatorId: phone.id, credential: c });
    second = { context, page, phone };
    await page.goto(site);
    expect((await me(page)).user).toBeNull();
    await page.getByTestId("sign-in-passkey").click();
    await page.getByTestId("account-name").waitFor();
    expect((await me(page)).user?.id).toBe(userId);
    await seesInterview(page, TITLE);

    await page.getByTestId("interview").filter({ hasText: TITLE }).getByTestId("enter-interview").click();
    await until(async () => new URL(page.url()).pathname === `/r/${roomId}`, "the room's page");
    await inRoom(page);
    await until(async () => ((await page.getByTestId("participants").textContent()) ?? "").includes(NAME), "the account's name among the participants");
    await shot(page, "accounts-02-entered-from-the-list");
  });

  let key: Authenticator;

  it("adds a second passkey on a security key; the account lists both", async () => {
    const { page, phone } = second;
    await page.goto(`${site}/account`);
    await until(async () => (await passkeyRows(page)) === 1, "one passkey listed");
    expect(await page.getByTestId("delete-passkey").isDisabled()).toBe(true); // the only way in stays
    // The phone already holds this account's passkey (the server excludes it), so the person uses a security key.
    await presence(phone, false);
    key = await addAuthenticator(page, "usb");
    await page.getByTestId("add-passkey").click();
    await until(async () => (await passkeyRows(page)) === 2, "two passkeys listed");
    expect((await credentialsOf(key)).map((c) => c.rpId)).toEqual(["localhost"]);
    expect(await credentialsOf(phone)).toHaveLength(1);
    await shot(page, "accounts-03-two-passkeys");
  });

  it("signs out (the page and GET /api/me say so), then signs in again with the new passkey", async () => {
    const { page } = second;
    await page.goto(site);
    const roomSession = () => page.evaluate((id) => sessionStorage.getItem(`duet:session:${id}`), roomId);
    expect(await roomSession()).not.toBeNull(); // entered from the list in this tab
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-passkey").waitFor();
    expect(await roomSession()).toBeNull(); // the room is not left open to the next person at this browser
    expect(await page.getByTestId("account-nav").count()).toBe(0);
    expect(await page.getByTestId("your-interviews").count()).toBe(0);
    expect((await me(page)).user).toBeNull();

    const [before] = await credentialsOf(key);
    await page.getByTestId("sign-in-passkey").click(); // the phone stays silent: the security key answers
    await page.getByTestId("account-name").waitFor();
    expect((await me(page)).user?.id).toBe(userId);
    await seesInterview(page, TITLE);
    const [after] = await credentialsOf(key);
    expect(after.signCount).toBeGreaterThan(before.signCount); // it was the key that signed
  });

  it("a removed passkey no longer signs in; the last one can't be removed", async () => {
    const { page, phone } = second;
    await page.goto(`${site}/account`);
    await until(async () => (await passkeyRows(page)) === 2, "two passkeys listed");
    await page.getByTestId("passkey").first().getByTestId("delete-passkey").click(); // the phone's, the older one
    await until(async () => (await passkeyRows(page)) === 1, "one passkey left");
    expect(await page.getByTestId("delete-passkey").isDisabled()).toBe(true);

    await page.goto(site);
    await page.getByTestId("sign-out").click();
    await page.getByTestId("sign-in-passkey").waitFor();
    await presence(key, false);
    await presence(phone, true); // the phone still holds its credential, but the account no longer knows it
    await page.getByTestId("sign-in-passkey").click();
    await page.getByRole("alert").waitFor();
    expect((await me(page)).user).toBeNull();

    await presence(phone, false);
    await presence(key, true);
    await page.getByTestId("sign-in-passkey").click();
    await page.getByTestId("account-name").waitFor();
    expect((await me(page)).user?.id).toBe(userId);
  });

  it("the signed-in pages: no serious axe findings in any display mode, nothing untranslated or clipped in the pseudo-locale", async () => {
    const { page } = second;
    const failures: string[] = [];
    for (const path of ["/", "/account"]) {
      await page.goto(site + path);
      await page.getByTestId(path === "/" ? "interview" : "passkey").first().waitFor();
      for (const mode of MODES) {
        await switchMode(page, mode);
        failures.push(...blocking(await axeFindings(page)).map((f) => `${path} / ${mode.name}: ${f}`));
      }
    }
    expect(failures).toEqual([]);

    await page.evaluate(() => localStorage.setItem("duet:locale", "en-XA"));
    for (const path of ["/", "/account"]) {
      await page.goto(site + path);
      await until(async () => PSEUDO_MARK.test((await page.locator("h1, h2").first().textContent()) ?? ""), "the pseudo-locale");
      await page.getByTestId(path === "/" ? "interview" : "passkey").first().waitFor();
      await shot(page, `accounts-pseudo-${path === "/" ? "landing" : "account"}`);
      expect({ path, ...(await textProblems(page)) }).toEqual({ path, untranslated: [], clipped: [] });
    }
    await page.evaluate(() => localStorage.removeItem("duet:locale"));

    await page.setViewportSize({ width: 390, height: 844 }); // a phone: the account in the top bar must still fit
    for (const path of ["/", "/account"]) {
      await page.goto(site + path);
      await page.getByTestId(path === "/" ? "interview" : "passkey").first().waitFor();
      await shot(page, `accounts-phone-${path === "/" ? "landing" : "account"}`);
      expect({ path, clipped: (await textProblems(page)).clipped }).toEqual({ path, clipped: [] });
    }
  });

  it("the first browser's session is its own: still signed in there", async () => {
    await first.page.reload();
    await first.page.getByTestId("account-name").waitFor();
    expect((await me(first.page)).user?.id).toBe(userId);
    await first.context.close();
    await second.context.close();
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
