/** The interview's span on the scrubber, its opening language, and moments in the address (`#t=<ms since start>`). */
import type { RecordEvent } from "../../../contracts/record";
import type { RecordHead } from "./record-api";

export interface Span { start: number; end: number; length: number }

/** From the first event to the end (or the last event of a room not ended yet). Events in time order. */
export function spanOf(head: Pick<RecordHead, "startedAt" | "endedAt" | "room">, events: readonly RecordEvent[]): Span {
  const start = head.startedAt ?? events[0]?.t ?? head.room.createdAt;
  const end = Math.max(start, head.endedAt ?? head.room.endedAt ?? 0, events.at(-1)?.t ?? start);
  return { start, end, length: end - start };
}

/** The room's language before anyone switched: the buffer the Room first wrote (its starter), else Python. */
export function openingLanguage(events: readonly RecordEvent[]): string {
  for (const e of events) {
    if (e.kind === "language") break;
    if (e.kind === "edit") return e.language;
  }
  return "python";
}

/** The moment a `#t=` address names, within the span; null when it names none. */
export function momentFromHash(hash: string, span: Span): number | null {
  const raw = new URLSearchParams(hash.replace(/^#/, "")).get("t");
  if (raw === null || !/^\d{1,12}$/.test(raw)) return null;
  return Math.min(Number(raw), span.length);
}

/** `h:mm:ss` or `m:ss`, digits only: the same in every language. */
export function clockText(ms: number): string {
  const s = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(mm).padStart(2, "0")}:${ss}` : `${mm}:${ss}`;
}
