/**
 * The Room's permission-denied reasons and close reasons are English for developers and logs;
 * participants read these sentences in their language. Matched by the Room's wording
 * (durable-objects/room/room.ts, doc-limits.ts) and close codes (contracts/wire.ts CLOSE).
 */
import { t } from "./index";

export function deniedMessage(reason: string): string {
  if (/read-only/.test(reason)) return t("room.deniedReadOnly");
  if (/content limit/.test(reason)) return t("room.deniedTooLarge");
  if (/root entries|nesting depth/.test(reason)) return t("room.deniedTooComplex");
  if (/reload/.test(reason)) return t("room.deniedRefused");
  if (/too many sync requests/.test(reason)) return t("room.deniedRate");
  return t("room.deniedOther");
}

/** 4003 FORBIDDEN: the link was revoked; 4004 ROOM_CLOSED: ended or expired. */
export function closedMessage(code: number, reason: string): string {
  if (code === 4003) return t("room.revoked");
  if (/expired/.test(reason)) return t("room.expired");
  return t("room.ended");
}
