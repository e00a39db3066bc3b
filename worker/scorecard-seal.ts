/**
 * The record's `scorecard` events carry the author's recommendation: to an interviewer whose own
 * card is not submitted yet, the others' are shown without it, or the timeline would unseal what
 * the scorecard routes keep sealed (worker/scorecard-view.ts). Their own event, and every event to
 * reviewers and once their card is in, stay whole.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import type { Db } from "../data/db";
import { scorecards } from "../data/scorecard-schema";
import type { RecordReaderInfo } from "./app-env";

type Reader = Pick<RecordReaderInfo, "room" | "userId" | "access">;
type Event = { kind: string; userId?: string };

const othersCard = (e: Event, reader: Reader) => e.kind === "scorecard" && e.userId !== reader.userId;

/** Whether the reader must not read others' recommendations: an interviewer who has not submitted. */
export async function sealedFor(d: Db, reader: Reader): Promise<boolean> {
  if (reader.access !== "interviewer") return false;
  const [own] = await d.select({ id: scorecards.id }).from(scorecards)
    .where(and(eq(scorecards.roomId, reader.room.id), eq(scorecards.userId, reader.userId), isNotNull(scorecards.submittedAt)));
  return !own;
}

/** The events as this reader may read them: others' recommendations hidden while sealed. */
export function sealEvents<E extends Event>(events: E[], reader: Reader, sealed: boolean): E[] {
  if (!sealed) return events;
  return events.map((e) => (othersCard(e, reader) ? { ...e, recommendation: null } : e));
}

/** sealedFor and sealEvents in one, asking D1 only when the page has another's scorecard event. */
export async function sealedEvents<E extends Event>(d: Db, reader: Reader, events: E[]): Promise<E[]> {
  if (!events.some((e) => othersCard(e, reader))) return events;
  return sealEvents(events, reader, await sealedFor(d, reader));
}
