/**
 * Which sockets went quiet, decided from the last time each pinged (the runtime answers pings
 * without waking the room, and remembers when: getWebSocketAutoResponseTimestamp). Pure, so the
 * rule is tested without a runtime; the Room runs it from its `liveness` deadline (deadlines.ts),
 * which is armed only while sockets are open.
 *
 *   live   pinging, or never pinged (a stock Yjs client: not judged by pings)
 *   silent no ping for SILENT_AFTER_MS: shown to the others as reconnecting
 *   back   a silent socket pinged again: shown as before
 *   gone   silent for RECONNECT_GRACE_MS: closed, and its participant leaves
 */
import { RECONNECT_GRACE_MS, SILENT_AFTER_MS } from "../../contracts/wire";

export type Liveness = "live" | "silent" | "back" | "gone";

/** `lastPing`: when the socket last pinged (null: never); `silentSince`: when it was marked silent. */
export function liveness(lastPing: number | null, silentSince: number | undefined, now: number): Liveness {
  if (lastPing === null) return "live";
  if (silentSince === undefined) return now - lastPing >= SILENT_AFTER_MS ? "silent" : "live";
  if (lastPing > silentSince) return "back";
  return now - silentSince >= RECONNECT_GRACE_MS ? "gone" : "live";
}
