/** Which problems an account put on the table, and when last (problem-picks-schema.ts). */
import { and, desc, eq, gte } from "drizzle-orm";
import type { Db } from "./db";
import { problemPicks } from "./schema";

/** How far back the picker calls a problem "used recently". */
export const RECENT_PICK_DAYS = 90;

/** Picking the same problem again moves its time forward: one row a problem, its last pick. */
export async function recordPick(d: Db, userId: string, slug: string, now = Date.now()): Promise<void> {
  await d.insert(problemPicks).values({ userId, slug, pickedAt: now })
    .onConflictDoUpdate({ target: [problemPicks.userId, problemPicks.slug], set: { pickedAt: now } });
}

/** The account's picks since `RECENT_PICK_DAYS` ago, the latest first. */
export function recentPicks(d: Db, userId: string, now = Date.now()): Promise<{ slug: string; pickedAt: number }[]> {
  return picksSince(d, userId, now - RECENT_PICK_DAYS * 86_400_000);
}

/** Every pick the account has, the latest first: its data export. */
export function allPicks(d: Db, userId: string): Promise<{ slug: string; pickedAt: number }[]> {
  return picksSince(d, userId, 0);
}

async function picksSince(d: Db, userId: string, since: number): Promise<{ slug: string; pickedAt: number }[]> {
  return d.select({ slug: problemPicks.slug, pickedAt: problemPicks.pickedAt }).from(problemPicks)
    .where(and(eq(problemPicks.userId, userId), gte(problemPicks.pickedAt, since)))
    .orderBy(desc(problemPicks.pickedAt));
}
