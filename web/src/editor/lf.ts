/**
 * Code buffers are LF-only, but another client may still put a `\r` into the Y.Text before the
 * Room removes it. Monaco (EOL forced to LF) cannot hold a `\r`, and y-monaco assumed a model offset
 * equals a Y.Text index, so every `\r` shifted later edits one place (the reported CRLF bug).
 * The editor therefore shows the Y.Text *without its `\r`s* and translates every offset through
 * these functions. `y` is always the Y.Text's content as the model currently mirrors it.
 */

/** Text a person or this client inserts: Windows and old-Mac line breaks become `\n`. */
export const toLf = (s: string): string => (s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s);

/** What the editor shows for a Y.Text's content. */
export const lfView = (y: string): string => (y.includes("\r") ? y.replace(/\r/g, "") : y);

/** The model offset of a Y.Text index. */
export function modelOffset(y: string, index: number): number {
  let cr = 0;
  for (let i = y.indexOf("\r"); i !== -1 && i < index; i = y.indexOf("\r", i + 1)) cr++;
  return index - cr;
}

/**
 * The Y.Text index of a model offset: the smallest one, i.e. before any `\r` there. So typing at the
 * end of a CRLF line goes before its `\r\n`, and deleting a line break (model `\n`) from its start
 * takes the `\r` with it.
 */
export function yIndex(y: string, offset: number): number {
  if (!y.includes("\r")) return offset;
  let seen = 0;
  let i = 0;
  for (; i < y.length && seen < offset; i++) if (y.charCodeAt(i) !== 13) seen++;
  return i;
}

/** One replacement in the model, in offsets of the model *before* any edit of the batch. */
export interface ModelEdit { offset: number; length: number; text: string }

type Delta = { insert?: unknown; retain?: number; delete?: number }[];

/**
 * A Y.Text event's delta (against `before`, the content the model mirrors) as non-overlapping model
 * edits, left to right, adjacent ones merged, ready for one `model.applyEdits` call.
 */
export function modelEdits(before: string, delta: Delta): ModelEdit[] {
  const edits: ModelEdit[] = [];
  let p = 0; // index in `before`
  let o = 0; // model offset in the model before the edits
  const push = (length: number, text: string) => {
    const last = edits[edits.length - 1];
    if (last && last.offset + last.length === o) {
      last.length += length;
      last.text += text;
    } else if (length > 0 || text) edits.push({ offset: o, length, text });
  };
  for (const op of delta) {
    if (op.retain !== undefined) {
      o += op.retain - countCr(before, p, p + op.retain);
      p += op.retain;
    } else if (typeof op.insert === "string") {
      push(0, lfView(op.insert));
    } else if (op.delete !== undefined) {
      const length = op.delete - countCr(before, p, p + op.delete);
      push(length, "");
      o += length;
      p += op.delete;
    }
  }
  return edits.filter((e) => e.length > 0 || e.text);
}

function countCr(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf("\r", from); i !== -1 && i < to; i = s.indexOf("\r", i + 1)) n++;
  return n;
}
