import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ContentMeter, contentBytes } from "../content-size";
import { overLimit } from "../doc-limits";
import { readLimits, type RoomLimits } from "../limits";
import { newStructs, readUpdate } from "../update-check";

const LIMITS: RoomLimits = { ...readLimits({}), maxCodeBytes: 1000, maxRootEntries: 20, maxDepth: 5 };

/** A room doc with its meter, and a writer whose edits come back as updates. */
function setup() {
  const room = new Y.Doc();
  const meter = new ContentMeter(room);
  let writer = new Y.Doc();
  /**
   * What the room says about the writer's next edit, applying it when within the limits. After
   * a refusal the writer starts again from the room's copy, as a refused client must.
   */
  const write = (edit: (d: Y.Doc) => void): string | null => {
    const sent: Uint8Array[] = [];
    const listener = (u: Uint8Array) => sent.push(u);
    writer.on("update", listener);
    writer.transact(() => edit(writer));
    writer.off("update", listener);
    const bytes = Y.mergeUpdates(sent);
    const update = readUpdate(bytes);
    const verdict = overLimit("code", room, update, newStructs(update, room), LIMITS, meter);
    if (verdict === null) Y.applyUpdate(room, bytes);
    else Y.applyUpdate((writer = new Y.Doc()), Y.encodeStateAsUpdate(room));
    return verdict;
  };
  return { meter, write };
}

/** The live content of a doc, counted the slow way. */
function liveBytes(doc: Y.Doc): number {
  let n = 0;
  for (const structs of doc.store.clients.values()) {
    for (const s of structs) if (s instanceof Y.Item && !s.deleted) n += contentBytes(s.content);
  }
  return n;
}

describe("content size", () => {
  it("counts text in UTF-16 code units, so that Yjs splitting a surrogate pair into two U+FFFD changes nothing", () => {
    const room = new Y.Doc();
    const meter = new ContentMeter(room);
    room.getText("t").insert(0, "a😀b");
    expect(meter.bytes).toBe(4);
    room.getText("t").delete(1, 1);
    expect(room.getText("t").toString()).toBe("a\ufffdb");
    expect(meter.bytes).toBe(liveBytes(room));
  });

  it("the meter always equals the doc's live content (random edits by two writers, 300 runs)", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(), fc.string({ maxLength: 6, unit: "grapheme" }), fc.nat({ max: 4 })), { maxLength: 40 }), (ops) => {
        const room = new Y.Doc();
        const meter = new ContentMeter(room);
        const [a, b] = [new Y.Doc(), new Y.Doc()];
        for (const d of [a, b]) d.on("update", (u: Uint8Array) => Y.applyUpdate(room, u));
        for (const [first, at, text, del] of ops) {
          const t = (first ? a : b).getText("code:python");
          if (del > 0 && t.length > 0) t.delete(at % t.length, Math.min(del, t.length - (at % t.length)));
          else t.insert(at % (t.length + 1), text);
          (first ? a : b).getMap("m").set(text, { n: at });
          Y.applyUpdate(first ? b : a, Y.encodeStateAsUpdate(first ? a : b));
        }
        expect(meter.bytes).toBe(liveBytes(room));
      }),
      { numRuns: 300, seed: 2001 },
    );
  });
});

describe("document limits, judged before applying", () => {
  it("content: a paste past the cap is refused; typing, deleting and replacing at the cap are not", () => {
    const { write, meter } = setup();
    const t = (d: Y.Doc) => d.getText("code:python");
    expect(write((d) => t(d).insert(0, "x".repeat(990)))).toBeNull();
    expect(meter.bytes).toBe(990);
    expect(write((d) => t(d).insert(990, "y".repeat(20)))).toMatch(/code is over its 1000 bytes content limit/);
    expect(write((d) => t(d).insert(0, "é".repeat(10)))).toBeNull(); // exactly at the cap
    expect(write((d) => t(d).insert(0, "!"))).toMatch(/over its/);
    expect(meter.bytes).toBe(1000);
    expect(write((d) => {
      t(d).delete(0, 5); // select five characters and type over them
      t(d).insert(0, "abc");
    })).toBeNull();
    expect(meter.bytes).toBe(998);
    expect(write((d) => t(d).delete(0, 100))).toBeNull();
    expect(meter.bytes).toBe(898);
  });

  it("root entries: new root types and new root-map keys count, writes into existing ones do not", () => {
    const { write } = setup();
    expect(write((d) => { for (let i = 0; i < 10; i++) d.getText(`t${i}`).insert(0, "x"); })).toBeNull();
    expect(write((d) => { for (let i = 0; i < 9; i++) d.getMap("m").set(`k${i}`, i); })).toBeNull(); // 10 + 1 + 9 = 20
    expect(write((d) => d.getMap("m").set("k0", "overwrite"))).toBeNull();
    expect(write((d) => d.getText("t3").insert(1, "more"))).toBeNull();
    expect(write((d) => d.getMap("m").set("k9", 9))).toMatch(/over its 20 root entries/);
    expect(write((d) => d.getText("t10").insert(0, "x"))).toMatch(/over its 20 root entries/);
  });

  it("depth: types nested past the limit are refused, whether the chain is in one write or builds on the doc", () => {
    const { write } = setup();
    const chain = (from: Y.Map<unknown>, n: number) => {
      let m = from;
      for (let i = 0; i < n; i++) {
        const next = new Y.Map<unknown>();
        m.set("child", next);
        m = next;
      }
      return m;
    };
    const at = (d: Y.Doc, depth: number) => {
      let m = d.getMap<unknown>("root");
      for (let i = 1; i < depth; i++) m = m.get("child") as Y.Map<unknown>;
      return m;
    };
    expect(write((d) => chain(d.getMap("root"), 3))).toBeNull(); // depths 2, 3, 4
    expect(write((d) => chain(at(d, 4), 1))).toBeNull(); // 5, inside a map of the room's doc
    expect(write((d) => { const a = new Y.Array<unknown>(); at(d, 4).set("list", a); a.insert(0, [new Y.Map()]); })).toMatch(/nesting depth of 5/);
    expect(write((d) => chain(d.getMap("other"), 5))).toMatch(/nesting depth of 5/);
    expect(write((d) => d.getArray("flat").insert(0, [new Y.Map(), new Y.Map(), new Y.Text("x")]))).toBeNull(); // siblings, not depth
  });

});
