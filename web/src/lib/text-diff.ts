/**
 * A whole-text change as the smallest Yjs edit: keep the common prefix and suffix, delete and
 * insert only what lies between, so concurrent edits elsewhere in the text survive. The cut never
 * falls inside a surrogate pair (Yjs would turn each half into U+FFFD).
 */
import type * as Y from "yjs";

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

export function applyTextDiff(text: Y.Text, before: string, after: string): void {
  if (before === after) return;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before[endB - 1] === after[endA - 1]) {
    endB--;
    endA--;
  }
  if (endB < before.length && isLowSurrogate(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  text.doc!.transact(() => {
    if (endB > start) text.delete(start, endB - start);
    if (endA > start) text.insert(start, after.slice(start, endA));
  });
}
