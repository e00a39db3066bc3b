/**
 * The account's ceremonies, loaded on first use: better-auth's client and WebAuthn code are their
 * own chunk (./auth-client.ts), fetched when a person signs up, signs in or manages passkeys.
 */
import { ApiError } from "../lib/api";
import { errorMessage } from "../i18n/errors";
import { t } from "../i18n";

export const loadAuth = () => import("./auth-client");

/** A failed ceremony or account call in the interface language. */
export function accountErrorMessage(e: unknown): string {
  if (e instanceof ApiError) return errorMessage(e);
  const failure = e as { cancelled?: boolean; status?: number; message?: string } | null;
  if (failure?.cancelled) return t("account.cancelled");
  if (failure?.status === 429) return t("errors.rateLimited");
  if (failure?.status === 0 || e instanceof TypeError) return t("errors.network");
  return t("account.failed");
}
