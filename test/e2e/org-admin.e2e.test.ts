/**
 * A hiring team's pages in a real browser (issue 13): an admin signs up, names the team and makes
 * an invite link; a second person opens it in another browser, signs up and joins; the admin makes
 * them a reviewer, who then watches the team's interview as spectator. The admin resets the
 * reviewer's sign-in: the old passkey no longer signs in, the recovery link signs them in once and
 * saves a new passkey. The admin makes and revokes an API key (shown once), adds a webhook to a
 * receiver on loopback that gets room.created (and the delivery log shows it), and reads all of it
 * in the audit log. The team's page as admin passes axe in every display mode, and the pseudo-locale
 * and a phone find nothing untranslated or clipped; so do the invite and recovery pages (axe).
 * Account data: a download, and a deletion.
 */
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PSEUDO_MARK } from "../../web/src/i18n/pseudo";
import { axeFindings, blocking } from "./a11y-axe";
import { inRoom, MODES, switchMode } from "./a11y-pages";
import { launch, type Launched } from "./browser";
import { shot, until } from "./helpers";
import { textProblems } from "./i18n-page";
import { addAuthenticator, type Authenticator, credentialsOf, me, presence, signUp, siteOf } from "./passkeys";

const site = siteOf(inject("baseUrl"));
let browser: Launched;

/** A webhook receiver on loopback: every POST to /hook, by its Duet-Event header. */
let receiver: Server;
const received: { event: string; body: string }[] = [];
let hookUrl = "";

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      if (req.url === "/hook") received.push({ event: String(req.headers["duet-event"]), body });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  receiver?.closeAllConnections();
  await new Promise((r) => receiver?.close(r));
});

/** A person in their own browser, with a phone's passkey authenticator. */
interface Person { context: BrowserContext; page: Page; phone: Authenticator }
async function person(): Promise<Person> {
  const context = await browser.context({ locale: "en-US" });
  const page = await context.newPage();
  return { context, page, phone: await addAuthenticator(page, "internal") };
}

/** A link the Worker made, opened on this test's `site` (the same path and fragment). */
const onSite = (link: string) => {
  const u = new URL(link);
  return `${site}${u.pathname}${u.hash}`;
};

const memberRow = (page: Page, name: string) => page.getByTestId("member").filter({ hasText: name });
const confirm = (page: Page) => page.getByRole("dialog").getByTestId("confirm").click();

describe("a hiring team's admin and reviewer", () => {
  const TITLE = "Platform onsite";
  let admin: Person;
  let reviewer: Person;
  let orgId = "";
  let reviewerId = "";
  let roomId = "";

  it("the admin signs up, names the team, opens its page from the start page and makes an invite link", async () => {
    admin = await person();
    const { page } = admin;
    await page.goto(site);
    await signUp(page, "Ada Admin");
    await page.getByLabel("Team name").fill("Platform hiring");
    await page.getByTestId("create-team").click();
    await page.getByTestId("team-link").filter({ hasText: "Platform hiring" }).click();
    await page.getByTestId("org-name").waitFor();
    orgId = (await me(page)).organizations[0].id;
    expect(new URL(page.url()).pathname).toBe(`/org/${orgId}`);
    expect(await page.getByTestId("org-name").textContent()).toBe("Platform hiring");

    await page.getByTestId("invite-role").selectOption("interviewer");
    await page.getByTestId("create-invite").click();
    const link = await page.getByTestId("link-org-invite").inputValue();
    expect(link).toMatch(/\/org-invite#[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    await until(async () => (await page.getByTestId("invite").count()) === 1, "the link in the list");
    expect(await page.getByTestId("invite").textContent()).toContain("Not used yet");

    reviewer = await person();
    await reviewer.page.goto(onSite(link));
    await reviewer.page.getByTestId("org-invite").waitFor();
    // Who invites, and as what, before the newcomer even has an account.
    expect(await reviewer.page.getByTestId("invite-preview").textContent()).toBe("Platform hiring invites you to join as Interviewer.");
    await signUp(reviewer.page, "Rita Reviewer");
    reviewerId = (await me(reviewer.page)).user?.id ?? "";
    await reviewer.page.goto(`${site}/org/${orgId}`); // not a member yet: the team's page says so, and shows nothing of it
    expect(await reviewer.page.getByRole("alert").textContent()).toContain("aren't one of its members");
    expect(await reviewer.page.getByTestId("members").count()).toBe(0);
    await reviewer.page.goto(onSite(link));
    await reviewer.page.getByTestId("accept-invite").click();
    await until(async () => new URL(reviewer.page.url()).pathname === "/", "the start page after joining");
    expect((await me(reviewer.page)).organizations).toEqual([{ id: orgId, name: "Platform hiring", role: "interviewer" }]);
    expect(reviewer.page.url()).not.toContain("#"); // the code left the address

    // The link admitted one person: opened again, it says so at once, and offers nothing to accept.
    await reviewer.page.goto(onSite(link));
    expect(await reviewer.page.getByTestId("invite-refused").textContent()).toMatch(/already used/);
    expect(await reviewer.page.getByTestId("accept-invite").isDisabled()).toBe(true);
  });

  it("the admin sees the newcomer among the members and makes them a reviewer", async () => {
    const { page } = admin;
    await page.reload();
    await memberRow(page, "Rita Reviewer").waitFor();
    expect(await page.getByTestId("invite").textContent()).toContain("Used by Rita Reviewer");
    await memberRow(page, "Rita Reviewer").getByTestId("member-role").selectOption("reviewer");
    await until(async () => (await me(reviewer.page)).organizations[0]?.role === "reviewer", "the reviewer role");
  });

  it("makes an API key (shown once, then listed without it) and revokes it", async () => {
    const { page } = admin;
    await page.getByLabel("What the key is for").fill("Greenhouse");
    await page.getByTestId("create-api-key").click();
    const key = await page.getByTestId("link-api-key").inputValue();
    expect(key).toMatch(/^duet_/);
    await page.reload();
    const row = page.getByTestId("api-key").filter({ hasText: "Greenhouse" });
    await row.waitFor();
    expect(await page.content()).not.toContain(key);
    await row.getByTestId("revoke-api-key").click();
    await confirm(page);
    await row.getByTestId("api-key-revoked").waitFor();
  });

  it("adds a webhook (its secret shown once); a new room reaches the receiver and the delivery log", async () => {
    const { page } = admin;
    await page.getByLabel("Address (URL)").fill(hookUrl);
    await page.getByTestId("create-webhook").click();
    expect(await page.getByTestId("link-webhook-secret").inputValue()).toMatch(/^whsec_/);
    await page.getByTestId("webhook").filter({ hasText: hookUrl }).waitFor();

    await page.goto(site);
    await page.getByLabel("Interview title").fill(TITLE);
    await page.getByTestId("create-room").click();
    roomId = new URL(await page.getByTestId("link-candidate").inputValue()).pathname.split("/")[2];
    await until(async () => received.some((r) => r.event === "room.created" && r.body.includes(roomId)), "room.created at the receiver");

    await page.goto(`${site}/org/${orgId}`);
    const delivered = page.locator('[data-testid="delivery"][data-event="room.created"][data-status="delivered"]');
    await until(async () => {
      if ((await delivered.count()) > 0) return true;
      await page.getByTestId("refresh-deliveries").click();
      return false;
    }, "room.created delivered in the log");
    expect(await delivered.first().textContent()).toContain("204");
  });

  it("the reviewer sees the team's interviews and watches one as spectator", async () => {
    const { page } = reviewer;
    await page.goto(`${site}/org/${orgId}`);
    const row = page.getByTestId("org-interview").filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.textContent()).toContain("Ada Admin");
    expect(await page.getByTestId("invites").count()).toBe(0); // admins only
    await row.getByTestId("watch-interview").click();
    await until(async () => new URL(page.url()).pathname === `/r/${roomId}`, "the room's page");
    await inRoom(page);
    const session = await page.evaluate((id) => sessionStorage.getItem(`duet:session:${id}`), roomId);
    expect(JSON.parse(session ?? "{}").identity?.role).toBe("spectator");
  });

  it("the admin resets the reviewer's sign-in: the old passkey fails, the recovery link saves a new one", async () => {
    const { page } = admin;
    await page.goto(`${site}/org/${orgId}`);
    await memberRow(page, "Rita Reviewer").getByTestId("reset-sign-in").click();
    await confirm(page);
    const link = await page.getByTestId("link-recovery").inputValue();
    expect(link).toMatch(/\/recover#[A-Za-z0-9_-]{43}$/);

    const r = reviewer.page;
    await r.goto(site);
    expect((await me(r)).user).toBeNull(); // signed out everywhere
    await r.getByTestId("sign-in-passkey").click();
    await r.getByRole("alert").waitFor();
    expect((await me(r)).user).toBeNull();

    // The new passkey goes on a security key: the phone, still holding the old one, stays silent
    // (with two passkeys for this site on one authenticator, which one answers is the browser's pick).
    await presence(reviewer.phone, false);
    const key = await addAuthenticator(r, "usb");
    await r.goto(onSite(link));
    await r.getByTestId("recover-account").click();
    await until(async () => new URL(r.url()).pathname === "/", "the start page after recovery");
    expect((await credentialsOf(key)).map((c) => c.rpId)).toEqual(["localhost"]);
    await r.getByTestId("account-name").waitFor();
    expect((await me(r)).user?.id).toBe(reviewerId);

    await r.getByTestId("sign-out").click();
    await r.getByTestId("sign-in-passkey").click(); // the new passkey
    await r.getByTestId("account-name").waitFor();
    expect((await me(r)).user?.id).toBe(reviewerId);

    await r.goto(onSite(link)); // used: it says so
    await r.getByTestId("recover-account").click();
    expect(await r.getByRole("alert").textContent()).toContain("isn't valid");
  });

  it("the audit log lists these actions, newest first", async () => {
    const { page } = admin;
    await page.goto(`${site}/org/${orgId}`);
    await page.getByTestId("audit-entry").first().waitFor();
    const actions = await page.getByTestId("audit-entry").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    for (const a of ["org.create", "invite.create", "member.join", "member.role", "api_key.create", "api_key.revoke", "webhook.create", "room.create", "member.reset_sign_in"]) {
      expect(actions).toContain(a);
    }
    expect(actions[0]).toBe("member.reset_sign_in");
    expect(actions.at(-1)).toBe("org.create");
    await shot(page, "org-admin-01-team-page", { fullPage: true });
  });

  it("the team's page as admin: no serious axe findings in any display mode; nothing untranslated or clipped in the pseudo-locale or on a phone", async () => {
    const { page } = admin;
    const failures: string[] = [];
    for (const mode of MODES) {
      await switchMode(page, mode);
      failures.push(...blocking(await axeFindings(page)).map((f) => `${mode.name}: ${f}`));
    }
    expect(failures).toEqual([]);
    await switchMode(page, MODES[0]);

    await page.evaluate(() => localStorage.setItem("duet:locale", "en-XA"));
    await page.reload();
    await until(async () => PSEUDO_MARK.test((await page.locator("h2").first().textContent()) ?? ""), "the pseudo-locale");
    await page.getByTestId("audit-entry").first().waitFor();
    expect(await textProblems(page)).toEqual({ untranslated: [], clipped: [] });
    await page.evaluate(() => localStorage.removeItem("duet:locale"));

    await page.setViewportSize({ width: 390, height: 844 }); // a phone: the tables scroll inside their sections, not the page
    await page.reload();
    await page.getByTestId("audit-entry").first().waitFor();
    await shot(page, "org-admin-02-phone", { fullPage: true });
    expect((await textProblems(page)).clipped).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  it("account data: the admin downloads it; deleting the account is refused while they are the team's last admin; the reviewer's goes", async () => {
    const { page } = admin;
    await page.goto(`${site}/account`);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-data").click()]);
    const data = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as { user: { name: string }; memberships: { id: string }[] };
    expect({ name: data.user.name, orgs: data.memberships.map((m) => m.id) }).toEqual({ name: "Ada Admin", orgs: [orgId] });
    await page.getByTestId("delete-account").click();
    await confirm(page);
    expect(await page.getByRole("dialog").getByRole("alert").textContent()).toContain("last admin");
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    expect((await me(page)).user?.name).toBe("Ada Admin");

    const r = reviewer.page;
    await r.goto(`${site}/account`);
    await r.getByTestId("delete-account").click();
    await confirm(r);
    await until(async () => new URL(r.url()).pathname === "/", "the start page");
    await r.getByTestId("sign-in-passkey").waitFor();
    expect((await me(r)).user).toBeNull();
    await page.goto(`${site}/org/${orgId}`);
    await page.getByTestId("member").first().waitFor();
    expect(await page.getByTestId("member").count()).toBe(1);
    await admin.context.close();
    await reviewer.context.close();
  });

  it("the invite and recovery pages, signed out: no serious axe findings, light and dark (high contrast: the team page above)", async () => {
    const context = await browser.context({ locale: "en-US" });
    const page = await context.newPage();
    const failures: string[] = [];
    const pages = { "/org-invite": [`${"0".repeat(8)}-0000-4000-8000-${"0".repeat(12)}.${"A".repeat(43)}`, "sign-in-passkey"], "/recover": ["A".repeat(43), "recover-account"] };
    for (const [path, [code, ready]] of Object.entries(pages)) {
      await page.goto(`${site}${path}#${code}`);
      await page.getByTestId(ready).waitFor();
      for (const mode of MODES.filter((m) => m.contrast === "normal")) {
        await switchMode(page, mode);
        failures.push(...blocking(await axeFindings(page)).map((f) => `${path} / ${mode.name}: ${f}`));
      }
    }
    expect(failures).toEqual([]);
    await context.close();
  });

  it("no page broke the content security policy or threw", () => {
    expect(browser.problems()).toEqual([]);
  });
});
