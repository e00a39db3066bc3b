/**
 * Document limits, checked on a write's decoded structs before any of it is applied: the code
 * doc's content, the number of root entries and the nesting depth of types. A keystroke (text
 * after an existing character) is settled by one string length: roots are only counted when a
 * write adds one, and depth only measured for new types.
 */
import * as Y from "yjs";
import { contentBytes, type ContentMeter } from "./content-size";
import { WRITE_NOT_SAVED } from "../../contracts/wire";
import { formatBytes, type RoomLimits } from "./limits";
import type { ClientUpdate, Struct } from "./update-check";

/** Null when the write stays within the limits; otherwise the refusal's reason. */
export function overLimit(
  name: string, doc: Y.Doc, update: ClientUpdate, fresh: Array<Y.Item | Y.GC>, limits: RoomLimits, meter?: ContentMeter,
): string | null {
  const items = fresh.filter((s): s is Y.Item => s instanceof Y.Item);
  if (meter) {
    const added = items.reduce((n, s) => n + contentBytes(s.content), 0);
    const pending = (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0);
    if (added > 0 && meter.bytes + pending + added - freed(doc, update, meter.bytes + pending + added, limits.maxCodeBytes) > limits.maxCodeBytes) {
      return `${name} is over its ${formatBytes(limits.maxCodeBytes)} content limit; ${WRITE_NOT_SAVED}`;
    }
  }
  const roots = newRootEntries(doc, items);
  if (roots > 0 && rootEntries(doc) + roots > limits.maxRootEntries) {
    return `${name} is over its ${limits.maxRootEntries} root entries; ${WRITE_NOT_SAVED}`;
  }
  if (items.some((s) => s.content instanceof Y.ContentType)) {
    const depth = new Depths(doc, update.structs, limits.maxDepth);
    for (const s of items) {
      if (s.content instanceof Y.ContentType && depth.ofType(s) > limits.maxDepth) {
        return `${name} is over its nesting depth of ${limits.maxDepth}; ${WRITE_NOT_SAVED}`;
      }
    }
  }
  return null;
}

/** Live content the write deletes, counted only when it matters (the write would otherwise go over). */
function freed(doc: Y.Doc, update: ClientUpdate, total: number, cap: number): number {
  if (total <= cap) return 0;
  let n = 0;
  for (const [client, ranges] of update.ds.clients) {
    const structs = doc.store.clients.get(client);
    const state = Y.getState(doc.store, client);
    if (!structs) continue;
    for (const { clock, len } of ranges) {
      const end = Math.min(clock + len, state);
      for (let i = clock < end ? Y.findIndexSS(structs, clock) : structs.length; i < structs.length && structs[i].id.clock < end; i++) {
        const s = structs[i];
        if (s instanceof Y.Item && !s.deleted) n += partBytes(s, Math.max(clock, s.id.clock), Math.min(end, s.id.clock + s.length));
      }
    }
  }
  return n;
}

/** Content of the clocks [from, to) of an item: a slice of text or of an array of values; other content only whole. */
function partBytes(item: Y.Item, from: number, to: number): number {
  if (from === item.id.clock && to === item.id.clock + item.length) return contentBytes(item.content);
  const c = item.content;
  if (c instanceof Y.ContentString) return to - from;
  if (c instanceof Y.ContentAny || c instanceof Y.ContentJSON) {
    return contentBytes(new Y.ContentAny(c.arr.slice(from - item.id.clock, to - item.id.clock)));
  }
  return 0;
}

/** Root types and root-map keys the items would create. Items with an origin sit beside an existing one: nothing new. */
function newRootEntries(doc: Y.Doc, items: Y.Item[]): number {
  const added = new Set<string>();
  for (const s of items) {
    if (typeof s.parent !== "string") continue;
    const root = doc.share.get(s.parent);
    if (!root) added.add(s.parent);
    if (s.parentSub !== null && !root?._map.has(s.parentSub)) added.add(`${s.parent}\u0000${s.parentSub}`);
  }
  return added.size;
}

function rootEntries(doc: Y.Doc): number {
  let n = doc.share.size;
  for (const type of doc.share.values()) n += type._map.size;
  return n;
}

/**
 * Nesting depth of the types a write creates: a root type is 1, a type inside it 2, and so on.
 * An item's container is named by its parent, or else is its origin's (or right origin's); both
 * can be in the doc or earlier in the same write. Walked iteratively (a write can chain thousands).
 */
class Depths {
  readonly #memo = new Map<Struct, number>();
  readonly #byClient = new Map<number, Struct[]>();

  constructor(readonly doc: Y.Doc, structs: Struct[], readonly max: number) {
    for (const s of structs) {
      const list = this.#byClient.get(s.id.client);
      if (list) list.push(s);
      else this.#byClient.set(s.id.client, [s]);
    }
  }

  ofType(item: Y.Item): number {
    return this.#container(item) + 1;
  }

  /** Depth of the type holding `start`; Infinity when it cannot be known (a missing dependency, a cycle). */
  #container(start: Struct): number {
    const chain: Array<{ s: Struct; step: number }> = []; // container(s) = container(next) + step
    const seen = new Set<Struct>();
    let base = Infinity;
    for (let s: Struct = start; ; ) {
      const memo = this.#memo.get(s);
      if (memo !== undefined) {
        base = memo;
        break;
      }
      if (seen.has(s) || s instanceof Y.Skip) break;
      if (s instanceof Y.GC) {
        base = 0; // Yjs drops an item placed beside garbage
        break;
      }
      seen.add(s);
      const next = this.#link(s);
      if (typeof next === "number") {
        chain.push({ s, step: 0 });
        base = next;
        break;
      }
      chain.push({ s, step: next.step });
      s = next.s;
    }
    for (let i = chain.length - 1; i >= 0; i--) {
      base += chain[i].step;
      this.#memo.set(chain[i].s, base);
    }
    return base;
  }

  /** The next struct to look at (and the depth step to it), or the container depth when it is known. */
  #link(s: Y.Item): number | { s: Struct; step: number } {
    if (typeof s.parent === "string") return 1;
    const parentId = s.parent instanceof Y.ID ? s.parent : null;
    const ref = parentId ?? s.origin ?? s.rightOrigin;
    if (!ref) return Infinity;
    const inWrite = this.#find(ref);
    if (inWrite) return { s: inWrite, step: parentId ? 1 : 0 };
    if (ref.clock >= Y.getState(this.doc.store, ref.client)) return Infinity;
    const found = Y.getItem(this.doc.store, ref);
    if (!(found instanceof Y.Item)) return 0; // Yjs drops an item placed beside garbage
    if (!parentId) return found.parent instanceof Y.AbstractType ? typeDepth(found.parent) : 0;
    return found.content instanceof Y.ContentType ? typeDepth(found.content.type) : 0;
  }

  #find(id: Y.ID): Struct | undefined {
    const list = this.#byClient.get(id.client); // contiguous, in clock order
    const last = list?.[list.length - 1];
    if (!list || !last || id.clock < list[0].id.clock || id.clock >= last.id.clock + last.length) return undefined;
    return list[Y.findIndexSS(list as Array<Y.Item | Y.GC>, id.clock)];
  }
}

/** Depth of a type already in the doc. */
function typeDepth(type: Y.AbstractType<unknown>): number {
  let d = 1;
  for (let t = type; t._item !== null && t._item.parent instanceof Y.AbstractType; t = t._item.parent) d++;
  return d;
}
