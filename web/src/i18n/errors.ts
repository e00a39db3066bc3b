/**
 * An error in the interface language. The API's `{error:{code,message}}` messages are English
 * and written for developers; the user reads a sentence by status, with the server's detail kept
 * only where it says what to fix (bad input, a conflict).
 */
import { ApiError } from "../lib/api";
import { t } from "./index";
import { linkErrorCode, linkProblem } from "../links/link-errors";

export function errorMessage(e: unknown): string {
  if (!(e instanceof ApiError)) return t("errors.unexpected");
  // A link that lets nobody in says why by its code (contracts/links.ts), whatever the status.
  const link = linkErrorCode(e);
  if (link) return linkProblem(link).title;
  switch (e.status) {
    case 0:
      return t("errors.network");
    case 400:
    case 409:
    case 413:
      return t("errors.badInput", { detail: e.message });
    case 401:
      return t("errors.unauthorized");
    case 403:
      return t("errors.forbidden");
    case 404:
      return t("errors.notFound");
    case 426: // this page's bundle is older than the Worker accepts (contracts/contract-version.ts)
      return t("errors.outdated");
    case 429:
      return e.retryAfter ? t("errors.rateLimitedFor", { count: e.retryAfter }) : t("errors.rateLimited");
    case 503:
      // Every runner refused (the pool's, or the account's containers): busy, not broken.
      if (e.code === "no_runner_capacity") return e.retryAfter ? t("errors.runnersBusyFor", { count: e.retryAfter }) : t("errors.runnersBusy");
      return t("errors.runnerUnavailable");
    default:
      return t("errors.server");
  }
}
