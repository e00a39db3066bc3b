/**
 * The account's ceremonies through better-auth's browser client and its passkey plugin (which
 * drives @simplewebauthn/browser): sign up, sign in, add and remove passkeys, sign out. Loaded
 * only when a person does one of these (`loadAuth()` in ./auth.ts), so the landing page's first
 * load does not carry WebAuthn code. The session lives in better-auth's HttpOnly cookie; nothing
 * of it is kept in this page or its storage.
 */
import { passkeyClient } from "@better-auth/passkey/client";
import { createAuthClient } from "better-auth/client";
import { SIGN_IN_FAILED } from "./auth";

const client = createAuthClient({ baseURL: location.origin, basePath: "/api/auth", plugins: [passkeyClient()] });

/** A refused or cancelled ceremony: better-auth's error code (e.g. ERROR_CEREMONY_ABORTED), for the page to put in words. */
export class AuthError extends Error {
  constructor(readonly code: string, readonly status: number, message: string) {
    super(message);
  }
  /** The person closed the browser's passkey prompt or it timed out: nothing went wrong. */
  get cancelled(): boolean {
    return /ABORTED|CANCELLED|NotAllowed/i.test(this.code) || /cancel|not allowed/i.test(this.message);
  }
}

type Result<T> = { data: T | null; error: { code?: string; status?: number; message?: string; statusText?: string } | null };

function unwrap<T>(result: Result<T>): T {
  if (result.error || result.data === null) {
    const e = result.error ?? {};
    throw new AuthError(e.code ?? e.statusText ?? "UNKNOWN_ERROR", e.status ?? 0, e.message ?? e.statusText ?? "");
  }
  return result.data;
}

/** One passkey of the account, as the account page lists it. */
export interface Passkey {
  id: string;
  name: string | null;
  createdAt: string;
  deviceType: string;
  backedUp: boolean;
}

/**
 * A new account named `name`, with a passkey on this device: `POST /api/auth/account/start` signs
 * it in, then the one browser prompt registers the passkey. If no passkey is saved (the prompt was
 * closed), the account is deleted again: one without a passkey could never sign in.
 */
export async function signUp(name: string): Promise<void> {
  unwrap(await client.$fetch<{ user: { id: string } }>("/account/start", { method: "POST", body: { name } }));
  try {
    unwrap(await client.passkey.addPasskey());
  } catch (e) {
    await client.deleteUser().catch(() => {});
    throw e;
  }
}

/**
 * Redeems an admin's one-time recovery code (`POST /api/auth/account/recover`, worker/accounts/recovery.ts):
 * the member is signed in once, without a passkey; the page then registers a new one (`addPasskey`).
 */
export async function recover(code: string): Promise<void> {
  unwrap(await client.$fetch<{ user: { id: string } }>("/account/recover", { method: "POST", body: { code } }));
}

/** Signs in with a passkey the browser offers for this site (discoverable: no name to type). */
export async function signIn(): Promise<void> {
  unwrap(await client.signIn.passkey());
}

export async function signOut(): Promise<void> {
  unwrap(await client.signOut());
}

export async function listPasskeys(): Promise<Passkey[]> {
  const list = unwrap(await client.passkey.listUserPasskeys());
  return list.map((p) => ({
    id: p.id, name: p.name ?? null, createdAt: String(p.createdAt), deviceType: p.deviceType, backedUp: p.backedUp,
  }));
}

/** Registers another passkey (a second device, a security key) for the signed-in account. */
export async function addPasskey(): Promise<void> {
  unwrap(await client.passkey.addPasskey());
}

export async function deletePasskey(id: string): Promise<void> {
  unwrap(await client.passkey.deletePasskey({ id }));
}

/**
 * Starts a sign-in with an OpenID Connect provider the deployment configured (worker/accounts/oidc-providers.ts):
 * better-auth answers the provider's authorization URL and the browser leaves for it, coming back signed in.
 */
export async function signInWith(provider: string): Promise<void> {
  const { url } = unwrap(await client.$fetch<{ url: string }>("/sign-in/social", { method: "POST", body: { provider, callbackURL: "/", errorCallbackURL: `/?${SIGN_IN_FAILED}` } }));
  location.assign(url);
}

/**
 * Signs in behind Cloudflare Access (worker/accounts/cloudflare-access.ts): Access has already
 * checked who this is and sends its signed token with every request; the Worker turns it into a session.
 */
export async function signInWithCloudflareAccess(): Promise<void> {
  unwrap(await client.$fetch<{ user: { id: string } }>("/cloudflare-access", { method: "POST" }));
}
