/**
 * Where a write's items landed, checked once Yjs integrated them. An item names its neighbours as
 * they were when it was made: `origin` on its left, `rightOrigin` on its right. Yjs converges only
 * when every replica finds them that way round, in one list. For an item that names them the
 * other way round, or in two lists, where Yjs puts it depends on how that replica's items happen
 * to be split: the room put a bit-flipped "typed" after "é😀d", and so did its peers, but a
 * joiner, decoding the room's whole state at once, put it at the end of the text (the Room's fuzz
 * test, frame 6). Everyone would then hold the same items in different orders, silently, for the
 * rest of the interview. No Yjs encoder writes such an item, so the room refuses the write.
 *
 * The check: the item ended up with its origin somewhere on its left and its rightOrigin somewhere
 * on its right. For real edits both are next to it, or a few concurrent inserts away. The walks
 * are bounded: an item that claims a neighbour tens of thousands of items away is refused, not
 * walked to.
 */
import * as Y from "yjs";

/**
 * Steps a write's check may take: a few per item for real edits, and this much besides, for
 * concurrent inserts at one spot (a long offline session typed backwards). A step is a pointer
 * followed: a write's worst case is well under a millisecond, and writes are rate-limited.
 */
const WALK_SLACK = 16_384;
const STEPS_PER_ITEM = 64;

/** Why an item this transaction added is out of place, or null when each is between its neighbours. */
export function misplacedItem(tr: Y.Transaction): string | null {
  let budget = WALK_SLACK;
  for (const [client, after] of tr.afterState) {
    const before = tr.beforeState.get(client) ?? 0;
    if (after === before) continue;
    const structs = tr.doc.store.clients.get(client)!;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const item = structs[i];
      if (!(item instanceof Y.Item)) continue; // a GC: Yjs dropped its content, it is in no list
      budget += STEPS_PER_ITEM;
      for (const [ref, side] of [[item.origin, "left"], [item.rightOrigin, "right"]] as const) {
        if (ref === null) continue;
        const steps = stepsTo(item, ref, side, budget);
        if (steps < 0) return `item ${client}:${item.id.clock} is out of place: ${ref.client}:${ref.clock} is not on its ${side}, where it says it was made`;
        budget -= steps;
      }
    }
  }
  return null;
}

/** Steps from `item` towards `side` until the item holding `id`; -1 when not met within `budget`. */
function stepsTo(item: Y.Item, id: Y.ID, side: "left" | "right", budget: number): number {
  let steps = 0;
  for (let o = side === "left" ? item.left : item.right; o !== null && steps < budget; o = side === "left" ? o.left : o.right) {
    steps++;
    if (o.id.client === id.client && o.id.clock <= id.clock && id.clock < o.id.clock + o.length) return steps;
  }
  return -1;
}
