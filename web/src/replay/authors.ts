/**
 * Each participant's colour on the replay: the record's own (RecordParticipant.color), as a
 * decoration class per author. The record's colours come from a hash of the user id, so two
 * people can share one: then the later arrival takes the first caret colour (room/cursor-colors.ts)
 * nobody before them has, as two authors in one colour could not be told apart. Like
 * cursor-styles.ts, the stylesheet holds only validated `#rrggbb` colours and indexes, never
 * anything a participant typed.
 */
import type { RecordParticipant } from "../../../contracts/record";
import { CURSOR_PALETTE } from "../room/cursor-colors";

export interface Author extends RecordParticipant { index: number; className: string }

const FALLBACK = "#6d5dfc";
export const safeColor = (c: string) => (/^#[0-9a-f]{6}$/i.test(c) ? c : FALLBACK);

/** Participants in order of arrival (as the record lists them). */
export function authorsOf(participants: readonly RecordParticipant[]): Map<string, Author> {
  const taken = new Set<string>();
  return new Map(participants.map((p, i) => {
    let color = safeColor(p.color).toLowerCase();
    if (taken.has(color)) color = CURSOR_PALETTE.find((c) => !taken.has(c)) ?? color;
    taken.add(color);
    return [p.userId, { ...p, color, index: i, className: `duet-author-${i}` }];
  }));
}

/**
 * A line under each author's text in their colour. No tint behind it: Monaco's token colours sit near
 * 4.5:1 on the editor's background (vs's numbers and types, a comment's green), and any tint took them under.
 */
export function authorCss(authors: Map<string, Author>): string {
  return [...authors.values()]
    .map(({ index: i, color: c }) => `.duet-author-${i}{border-bottom:2px solid ${c};}.replay-swatch-${i}{background-color:${c};}`)
    .join("\n");
}
