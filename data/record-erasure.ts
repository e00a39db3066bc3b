/**
 * What of an interview's record D1 holds, erased when the record is deleted (its retention ran
 * out, or someone deleted it): the submissions (they hold the candidate's code), the names in the
 * room's audit rows, and the room's title (often the candidate's name). The room's row stays, so
 * the index and the organisation's counts stay whole, and says nothing of whom it was about.
 */
import { eq } from "drizzle-orm";
import type { Db } from "./db";
import * as schema from "./schema";

export const ERASED_NAME = "(deleted)";

export async function eraseRoomRecord(d: Db, roomId: string): Promise<void> {
  await d.batch([
    d.delete(schema.submissions).where(eq(schema.submissions.roomId, roomId)),
    d.update(schema.auditLog).set({ actorName: ERASED_NAME, detail: null }).where(eq(schema.auditLog.roomId, roomId)),
    d.update(schema.rooms).set({ title: ERASED_NAME }).where(eq(schema.rooms.id, roomId)),
  ]);
}
