/**
 * Which name labels show, and with what text. A label must never hide code for long: it shows
 * while its owner is typing or moving (LABEL_MS after their last caret change) and while the
 * pointer rests on their caret, and is hidden otherwise. Carets at the same place share one label
 * ("Ada, Bo"), so no name hides another.
 */
export const LABEL_MS = 2500;

/** Longest name in a label, in code points (never splits a surrogate pair). */
export const MAX_LABEL_CHARS = 40;

export interface Caret { clientId: number; name: string; color: string; line: number; column: number }
export interface Label { key: string; clientIds: number[]; text: string; color: string; line: number; column: number }

export function labelName(name: string): string {
  const chars = [...name];
  return chars.length > MAX_LABEL_CHARS ? `${chars.slice(0, MAX_LABEL_CHARS - 1).join("")}…` : name;
}

/** One label per caret position, first caret's colour, names in client order. */
export function groupLabels(carets: readonly Caret[]): Label[] {
  const byPlace = new Map<string, Caret[]>();
  for (const c of [...carets].sort((a, b) => a.clientId - b.clientId)) {
    const key = `${c.line}:${c.column}`;
    byPlace.set(key, [...(byPlace.get(key) ?? []), c]);
  }
  return [...byPlace.values()].map((cs) => ({
    key: cs.map((c) => c.clientId).join("-"),
    clientIds: cs.map((c) => c.clientId),
    text: cs.map((c) => labelName(c.name)).join(", "),
    color: cs[0].color,
    line: cs[0].line,
    column: cs[0].column,
  }));
}

/** Shown when any of its carets moved within LABEL_MS of `now` or is hovered. */
export function isShown(label: Label, now: number, lastMove: ReadonlyMap<number, number>, hovered: ReadonlySet<number>): boolean {
  return label.clientIds.some((id) => hovered.has(id) || now - (lastMove.get(id) ?? -Infinity) < LABEL_MS);
}

/** A caret on screen, relative to the editor: its left edge and line box. */
export interface CaretBox { clientId: number; left: number; top: number; height: number }

/** Pointer slack either side of a caret, in pixels: a 2 px caret is hard to hit exactly. */
export const HOVER_SLOP_PX = 6;

/** The carets under the pointer (x, y relative to the editor). */
export function caretsAt(boxes: readonly CaretBox[], x: number, y: number): Set<number> {
  return new Set(boxes.filter((b) => Math.abs(x - b.left) <= HOVER_SLOP_PX && y >= b.top && y < b.top + b.height).map((b) => b.clientId));
}
