/**
 * Scorecards and room rubrics in D1. A submitted card is final: every write is conditional on the
 * card still being a draft, in the same statement, so two racing requests cannot change it after
 * its author has read the others'. Who may read which card is the Worker's call (worker/routes/scorecards.ts).
 */
import { eq, sql } from "drizzle-orm";
import { type Citation, DEFAULT_RUBRIC, isBlank, type Rating, type Recommendation, type Rubric, type Scorecard } from "../contracts/scorecards";
import type { Db } from "./db";
import { orgSettings } from "./orgs";
import { roomRubrics, scorecards } from "./scorecard-schema";

type Row = typeof scorecards.$inferSelect;

function toCard(r: Row): Scorecard {
  const card = { ratings: r.ratings, recommendation: r.recommendation ?? null, notes: r.notes, citations: r.citations };
  return { id: r.id, userId: r.userId, name: r.name, ...card, submittedAt: r.submittedAt, updatedAt: r.updatedAt, blank: isBlank(card) };
}

/** The rubric a room scores against: its own, else its organisation's default, else Duet's. */
export async function roomRubric(d: Db, room: { id: string; orgId: string | null }): Promise<Rubric> {
  const [own] = await d.select({ rubric: roomRubrics.rubric }).from(roomRubrics).where(eq(roomRubrics.roomId, room.id));
  if (own) return own.rubric;
  return (room.orgId ? (await orgSettings(d, room.orgId)).defaultRubric : null) ?? DEFAULT_RUBRIC;
}

/**
 * Sets the room's rubric unless a card was submitted already (the submitted ratings were given
 * against the rubric as it stood). Returns false when refused.
 */
export async function setRoomRubric(d: Db, roomId: string, rubric: Rubric, by: string, now = Date.now()): Promise<boolean> {
  const json = JSON.stringify(rubric);
  // One statement: the check and the write cannot be split by a submission in between.
  const result = await d.run(sql`
    insert into room_rubrics (room_id, rubric, updated_at, updated_by)
    select ${roomId}, ${json}, ${now}, ${by}
    where not exists (select 1 from scorecards where room_id = ${roomId} and submitted_at is not null)
    on conflict (room_id) do update set rubric = excluded.rubric, updated_at = excluded.updated_at, updated_by = excluded.updated_by`);
  return result.meta.changes > 0;
}

/** Keeps the rubric a room's first card was written against, should its organisation's default change later. */
export async function freezeRubric(d: Db, roomId: string, rubric: Rubric, now = Date.now()): Promise<void> {
  await d.insert(roomRubrics).values({ roomId, rubric, updatedAt: now, updatedBy: null }).onConflictDoNothing();
}

/** Every card of the room, drafts included: the caller decides who reads which. */
export async function cardsOf(d: Db, roomId: string): Promise<Scorecard[]> {
  const rows = await d.select().from(scorecards).where(eq(scorecards.roomId, roomId)).orderBy(scorecards.submittedAt, scorecards.userId);
  return rows.map(toCard);
}

export interface CardWrite {
  roomId: string;
  userId: string;
  name: string;
  ratings: Rating[];
  recommendation: Recommendation | null;
  notes: string;
  citations: Citation[];
  submit: boolean;
}

/** Saves the author's card (a draft, or submitted when `submit`); null when it was submitted already. */
export async function saveCard(d: Db, w: CardWrite, now = Date.now()): Promise<Scorecard | null> {
  const fields = { name: w.name, ratings: w.ratings, recommendation: w.recommendation, notes: w.notes, citations: w.citations, submittedAt: w.submit ? now : null, updatedAt: now };
  const rows = await d
    .insert(scorecards)
    .values({ roomId: w.roomId, userId: w.userId, id: `sc_${crypto.randomUUID()}`, ...fields })
    .onConflictDoUpdate({ target: [scorecards.roomId, scorecards.userId], set: fields, setWhere: sql`${scorecards.submittedAt} is null` })
    .returning();
  return rows[0] ? toCard(rows[0]) : null;
}
