/**
 * Why a link lets nobody in, in the reader's language: the API answers a link's refusal with a code
 * (contracts/links.ts), never a sentence for the page; each code has a heading and what to do next.
 */
import type { LinkErrorCode } from "../../../contracts/links";
import { ApiError } from "../lib/api";
import { t } from "../i18n";

/** The catalogue's `links.<key>` and `links.<key>Next` for each code (type-only import: no zod on the page). */
const KEYS = {
  link_invalid: "invalid",
  link_revoked: "revoked",
  link_used: "used",
  room_ended: "ended",
  room_expired: "expired",
  room_not_found: "notFound",
} as const satisfies Record<LinkErrorCode, string>;

export function linkErrorCode(e: unknown): LinkErrorCode | null {
  return e instanceof ApiError && Object.hasOwn(KEYS, e.code) ? (e.code as LinkErrorCode) : null;
}

export function linkProblem(code: LinkErrorCode): { title: string; next: string } {
  return { title: t(`links.${KEYS[code]}`), next: t(`links.${KEYS[code]}Next`) };
}
