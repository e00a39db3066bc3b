/**
 * How much content an item holds: one per UTF-16 code unit of text (a byte for ASCII, which code
 * mostly is), the bytes of binaries, and about what JSON would take for other values. Measured so
 * that splitting an item never changes the sum (Yjs splits text runs, arrays of values, and
 * surrogate pairs into two U+FFFD): text by code units, value arrays element by element. And a
 * meter that keeps a doc's live total current from each transaction (new items in, deleted items
 * out), so checking a write against the cap costs the write's own size, not the doc's.
 */
import * as Y from "yjs";

export function contentBytes(content: Y.Item["content"]): number {
  if (content instanceof Y.ContentString) return content.str.length;
  if (content instanceof Y.ContentBinary) return content.content.byteLength;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) return content.arr.reduce((n: number, v: unknown) => n + valueBytes(v), 0);
  if (content instanceof Y.ContentEmbed) return valueBytes(content.embed);
  if (content instanceof Y.ContentFormat) return content.key.length + valueBytes(content.value);
  if (content instanceof Y.ContentDoc) return valueBytes(content.opts) + content.doc.guid.length;
  return content instanceof Y.ContentDeleted ? 0 : 1; // a type: its children count themselves
}

/** Values from lib0's readAny (strings, numbers, bigints, booleans, null, bytes, arrays, objects); iterative. */
function valueBytes(value: unknown): number {
  let n = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") n += v.length + 2;
    else if (v instanceof Uint8Array) n += v.byteLength;
    else if (Array.isArray(v)) (n += 2), stack.push(...v);
    else if (v !== null && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) (n += k.length + 3), stack.push(child);
    } else n += 8;
  }
  return n;
}

/** A doc's live content in bytes, kept current by its transactions. */
export class ContentMeter {
  bytes = 0;

  constructor(doc: Y.Doc) {
    doc.on("afterTransaction", (tr: Y.Transaction) => (this.bytes += change(tr)));
  }
}

/** Content a transaction added (new items still alive) minus content it deleted (of items older than it). */
function change(tr: Y.Transaction): number {
  const store = tr.doc.store;
  let delta = 0;
  for (const [client, after] of tr.afterState) {
    const before = tr.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = store.clients.get(client)!;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const s = structs[i];
      if (s instanceof Y.Item && !s.deleted) delta += contentBytes(s.content);
    }
  }
  for (const [client, ranges] of tr.deleteSet.clients) {
    const before = tr.beforeState.get(client) ?? 0;
    const structs = store.clients.get(client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, before);
      if (clock >= end) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length && structs[i].id.clock < end; i++) {
        const s = structs[i];
        if (s instanceof Y.Item) delta -= contentBytes(s.content);
      }
    }
  }
  return delta;
}
