/**
 * Each participant's colour on the replay: the record's own (RecordParticipant.color), as a
 * decoration class per author. Like cursor-styles.ts, the stylesheet holds only validated
 * `#rrggbb` colours and indexes, never anything a participant typed.
 */
import type { RecordParticipant } from "../../../contracts/record";

export interface Author extends RecordParticipant { index: number; className: string }

const FALLBACK = "#6d5dfc";
export const safeColor = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : FALLBACK);

export function authorsOf(participants: readonly RecordParticipant[]): Map<string, Author> {
  return new Map(participants.map((p, i) => [p.userId, { ...p, color: safeColor(p.color), index: i, className: `duet-author-${i}` }]));
}

/** A tint under each author's text and a line under it in their colour (the line is what tells authors apart at a glance). */
export function authorCss(authors: Map<string, Author>): string {
  return [...authors.values()]
    .map(({ index: i, color: c }) => `.duet-author-${i}{background-color:${c}1f;border-bottom:2px solid ${c};}.replay-swatch-${i}{background-color:${c};}`)
    .join("\n");
}
