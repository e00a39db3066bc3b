/**
 * Passkeys in a real browser for the account tests: virtual WebAuthn authenticators through the
 * devtools protocol's WebAuthn domain, and the page's own view of who is signed in. The site is
 * opened as http://localhost:<port>: WebAuthn refuses IP addresses, and the e2e server's base URL is 127.0.0.1.
 */
import type { CDPSession, Page } from "playwright-core";

/** The e2e server as a browser must open it for WebAuthn. */
export const siteOf = (baseUrl: string) => baseUrl.replace("//127.0.0.1", "//localhost");

/** One virtual authenticator attached to a page: a phone's built-in one, or a USB security key. */
export interface Authenticator { cdp: CDPSession; id: string }

export async function addAuthenticator(page: Page, transport: "internal" | "usb"): Promise<Authenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable", { enableUI: false });
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: { protocol: "ctap2", ctap2Version: "ctap2_1", transport, hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return { cdp, id: authenticatorId };
}

export const credentialsOf = async (a: Authenticator) => (await a.cdp.send("WebAuthn.getCredentials", { authenticatorId: a.id })).credentials;

/** While off, the authenticator never answers (the person touches another one instead). */
export const presence = (a: Authenticator, enabled: boolean) => a.cdp.send("WebAuthn.setAutomaticPresenceSimulation", { authenticatorId: a.id, enabled });

/** What the page's own cookie says: `GET /api/me` from inside it. */
export const me = (page: Page) =>
  page.evaluate(() => fetch("/api/me").then((r) => r.json() as Promise<{ user: { id: string; name: string } | null; organizations: { id: string; name: string; role: string }[] }>));

/** Creates an account named `name` from the sign-in card on the current page, with a passkey on the page's authenticator. */
export async function signUp(page: Page, name: string): Promise<void> {
  await page.getByLabel("Name for your account").fill(name);
  await page.getByTestId("create-account").click();
  await page.getByTestId("account-name").waitFor();
}
