/**
 * Where one undo step ends and the next begins, as in Monaco's own stack: a typed word (with the
 * spaces after it) is one step, a run of line breaks is one, a run of Backspace/Delete is one, and
 * a paste or a replacement of a selection is a step of its own (multi-cursor typing counts as one
 * keystroke). Y.UndoManager
 * merges everything within its capture timeout, so the binding calls `stopCapturing()` whenever
 * this says a new step starts (and on every caret move the user makes).
 */
export type EditKind = "word" | "space" | "newline" | "delete" | "other";

interface Change { rangeLength: number; text: string }

/** A single character, a surrogate pair, or an auto-closed pair like `()` typed as one key. */
const ONE_KEY = /^(?:[^\s]|[\ud800-\udbff][\udc00-\udfff]){1,2}$/;

export function editKind(changes: readonly Change[]): EditKind {
  if (changes.length === 0) return "other";
  // Multi-cursor typing is the same keystroke at every caret: judged as one.
  const { rangeLength, text } = changes[0];
  if (changes.some((c) => c.text !== text || c.rangeLength !== rangeLength)) return "other";
  if (text === "") return "delete";
  if (rangeLength > 0) return "other";
  if (/^\n[ \t]*$/.test(text)) return "newline"; // Enter, with the auto-indent
  if (/^[ \t]+$/.test(text)) return "space"; // a space, or Tab's indent
  return ONE_KEY.test(text) ? "word" : "other";
}

/** True when an edit of kind `next` after one of kind `prev` starts a new undo step. */
export function startsStep(prev: EditKind | null, next: EditKind): boolean {
  if (prev === null || prev === "other" || next === "other") return true;
  if (prev === "word" && next === "space") return false; // "hello " is one step
  return prev !== next;
}
