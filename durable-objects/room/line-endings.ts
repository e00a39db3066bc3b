/**
 * Code buffers are LF-only (DESIGN, "The interview record"). Duet's editors insert LF, but a stock
 * Yjs client, an API client or a paste through either can still put a `\r` into a `code:*` text.
 * Monaco cannot hold one, so editors show the text without it while the document keeps it: the
 * record and the runs would hold text nobody saw. The Room therefore removes each `\r` with a
 * forward edit of its own, in the same turn as the write that brought it: `\r\n` loses its `\r`, a
 * lone `\r` (an old Mac line break) becomes `\n`. Every client converges on that edit.
 *
 * Cheap per keystroke: only a transaction's *new* string items are looked at (the content meter's
 * way); a text is walked to find indices only when a new item holds a `\r`.
 */
import * as Y from "yjs";
import { CODE_KEY_PREFIX } from "../../contracts/room-state";
import type { Origin } from "./origins";

/** Text the Room writes itself (starters, problem files): Windows and old-Mac line breaks become `\n`. */
export const toLf = (s: string): string => (s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s);

/** One `\r` to remove: its index in the text, and whether an `\n` follows it (else it becomes one). */
interface Fix { index: number; crlf: boolean }

export class LineEndings {
  /** Where the `\r`s written since the last fix() are (ids survive Yjs merging items afterwards). */
  #found: Y.ID[] = [];

  /** `watch(origin)`: whether a transaction of that origin is looked at (not the log replayed on load). */
  constructor(readonly doc: Y.Doc, watch: (origin: unknown) => boolean) {
    doc.on("afterTransaction", (tr: Y.Transaction) => {
      if (watch(tr.origin)) this.#collect(tr);
    });
  }

  /** Removes the `\r`s written since the last call, as one transaction of `origin`. */
  fix(origin: Origin): void {
    if (this.#found.length === 0) return;
    const found = this.#found;
    this.#found = [];
    const targets = new Map<Y.Item, number[]>();
    const parents = new Set<unknown>();
    for (const id of found) {
      const item = Y.getItem(this.doc.store, id);
      if (!(item instanceof Y.Item) || item.deleted || !(item.parent instanceof Y.AbstractType)) continue;
      parents.add(item.parent);
      targets.set(item, [...(targets.get(item) ?? []), id.clock - item.id.clock]);
    }
    this.#apply(parents, (item) => targets.get(item), origin);
  }

  /** Every `\r` of every code text: for rooms written before the Room removed them (once, on load). */
  fixAll(origin: Origin): void {
    this.#apply(new Set<unknown>(this.doc.share.values()), crOffsets, origin);
  }

  #apply(parents: Set<unknown>, offsetsOf: (item: Y.Item) => number[] | undefined, origin: Origin): void {
    const work: Array<{ text: Y.Text; fixes: Fix[] }> = [];
    for (const [key, type] of this.doc.share) {
      if (!parents.has(type) || !key.startsWith(CODE_KEY_PREFIX)) continue;
      const text = this.doc.getText(key); // a root first seen in a client's update is untyped until asked for as text
      const fixes = locate(text, offsetsOf);
      if (fixes.length > 0) work.push({ text, fixes });
    }
    if (work.length === 0) return;
    this.doc.transact(() => {
      for (const { text, fixes } of work) {
        // Right to left, so earlier indices stay valid. A lone \r's `\n` goes in just before it, so
        // that what anyone typed after the \r stays after the line break.
        for (let i = fixes.length - 1; i >= 0; i--) {
          const { index, crlf } = fixes[i];
          if (!crlf) text.insert(index, "\n");
          text.delete(crlf ? index : index + 1, 1);
        }
      }
    }, origin);
  }

  /** The `\r`s in the transaction's new string items that sit directly in a root type. */
  #collect(tr: Y.Transaction): void {
    for (const [client, after] of tr.afterState) {
      const before = tr.beforeState.get(client) ?? 0;
      if (after <= before) continue;
      const structs = tr.doc.store.clients.get(client)!;
      for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
        const s = structs[i];
        if (!(s instanceof Y.Item) || s.deleted || !(s.content instanceof Y.ContentString)) continue;
        if (!(s.parent instanceof Y.AbstractType) || s.parent._item !== null) continue;
        for (const k of crOffsets(s) ?? []) this.#found.push(Y.createID(client, s.id.clock + k));
      }
    }
  }
}

/** Offsets of the `\r`s in a live string item. */
function crOffsets(item: Y.Item): number[] | undefined {
  if (item.deleted || !(item.content instanceof Y.ContentString)) return undefined;
  const str = item.content.str;
  const offsets: number[] = [];
  for (let k = str.indexOf("\r"); k !== -1; k = str.indexOf("\r", k + 1)) offsets.push(k);
  return offsets.length > 0 ? offsets : undefined;
}

/** One walk of the text: the index of each `\r` named by `offsetsOf`, and what follows it. */
function locate(text: Y.Text, offsetsOf: (item: Y.Item) => number[] | undefined): Fix[] {
  const fixes: Fix[] = [];
  let index = 0;
  let open: number | null = null; // a `\r` at an item's end: the next live character decides
  for (let n = text._start; n !== null; n = n.right) {
    if (n.deleted || !n.countable) continue;
    const str = n.content instanceof Y.ContentString ? n.content.str : null;
    if (open !== null) fixes.push({ index: open, crlf: str?.[0] === "\n" });
    open = null;
    const offsets = offsetsOf(n);
    if (offsets && str !== null) {
      for (const o of [...new Set(offsets)].sort((a, b) => a - b)) {
        if (str[o] !== "\r") continue;
        if (o + 1 < str.length) fixes.push({ index: index + o, crlf: str[o + 1] === "\n" });
        else open = index + o;
      }
    }
    index += n.length;
  }
  if (open !== null) fixes.push({ index: open, crlf: false });
  return fixes;
}
