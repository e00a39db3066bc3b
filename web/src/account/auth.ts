/**
 * The account's ceremonies, loaded on first use: better-auth's client and WebAuthn code are their
 * own chunk (./auth-client.ts), fetched when a person signs up, signs in or manages passkeys.
 */
import { ApiError } from "../lib/api";
import { errorMessage } from "../i18n/errors";
import { t } from "../i18n";

export const loadAuth = () => import("./auth-client");

/** Where a provider's sign-in that didn't complete comes back to: the landing page, with this in its query. */
export const SIGN_IN_FAILED = "sign-in=failed";

/** Whether this page load is the return of a failed provider sign-in; the query is removed from the address at once. */
export function takeSignInFailure(): boolean {
  const query = new URLSearchParams(location.search);
  if (query.get("sign-in") !== "failed") return false;
  history.replaceState(history.state, "", location.pathname);
  return true;
}

/** A failed ceremony or account call in the interface language. */
export function accountErrorMessage(e: unknown): string {
  if (e instanceof ApiError) return errorMessage(e);
  const failure = e as { cancelled?: boolean; status?: number; message?: string } | null;
  if (failure?.cancelled) return t("account.cancelled");
  if (failure?.status === 429) return t("errors.rateLimited");
  if (failure?.status === 0 || e instanceof TypeError) return t("errors.network");
  return t("account.failed");
}
