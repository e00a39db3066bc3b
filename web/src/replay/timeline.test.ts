/**
 * The replay's text model against Yjs itself: two people edit a shared buffer through their own
 * docs, the "room" doc records each update's delta under its author (as the record does), and
 * the text and authors rebuilt from those deltas must equal the room doc's text and the authors
 * of its live items — at every moment, reached in any order.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { RecordEvent, TextDeltaOp } from "../../../contracts/record";
import { type AuthorRun, applyDelta, applyDeltaToRuns } from "./delta";
import { type Frame, Timeline, withOpening } from "./timeline";

const STARTER = "def solve():\n    pass\n";

/** Who wrote each live character of `text`, as runs (clients mapped to users; unknown → null). */
function truthRuns(text: Y.Text, users: Map<number, string>): AuthorRun[] {
  let runs: AuthorRun[] = [];
  for (let item = text._start; item; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const userId = users.get(item.id.client) ?? null;
    runs = applyDeltaToRuns(runs, [{ retain: runs.reduce((n, r) => n + r.length, 0) }, { insert: "x".repeat(item.length) }], userId);
  }
  return runs;
}

type Op = { who: 0 | 1; at: number; del: number; insert: string };
const opArb = fc.record({ who: fc.constantFrom(0 as const, 1 as const), at: fc.nat(), del: fc.nat({ max: 6 }), insert: fc.string({ maxLength: 5, unit: fc.constantFrom("a", "b", "\n", " ", "é") }) });

/** Plays the ops through two clients into a room doc; returns the record and the room doc's text after each event. */
function play(ops: Op[]) {
  const room = new Y.Doc();
  const roomText = room.getText("code:python");
  roomText.insert(0, STARTER);
  const people = [new Y.Doc(), new Y.Doc()];
  const users = new Map(people.map((d, i) => [d.clientID, `user-${i}`]));
  for (const d of people) Y.applyUpdate(d, Y.encodeStateAsUpdate(room));
  const events: RecordEvent[] = [];
  const texts: string[] = [];
  const truths: AuthorRun[][] = [];
  roomText.observe((e, tx) => {
    const delta = e.delta as TextDeltaOp[];
    events.push({ kind: "edit", seq: events.length + 1, t: 1000 + events.length * 10, userId: tx.origin as string, language: "python", added: 0, removed: 0, delta });
    texts.push(roomText.toString());
    truths.push(truthRuns(roomText, users));
  });
  ops.forEach((op, n) => {
    const doc = people[op.who];
    const text = doc.getText("code:python");
    const at = op.at % (text.length + 1);
    const before = Y.encodeStateVector(room);
    doc.transact(() => {
      text.delete(at, Math.min(op.del, text.length - at));
      if (op.insert) text.insert(at, op.insert);
    });
    Y.applyUpdate(room, Y.encodeStateAsUpdate(doc, before), `user-${op.who}`);
    // the other person catches up every few edits, so some edits are concurrent
    if (n % 3 === 2) Y.applyUpdate(people[1 - op.who], Y.encodeStateAsUpdate(room));
  });
  return { events, texts, truths };
}

const base: Frame = { files: { python: STARTER }, authors: { python: [{ userId: null, length: STARTER.length }] }, notes: "", language: "python" };

describe("the opening", () => {
  it("the Room's starter writes before anyone's first edit are the base; its later writes stay events", () => {
    const starter = "print(1)\n";
    const events: RecordEvent[] = [
      { kind: "problem", seq: 1, t: 5, slug: null },
      { kind: "edit", seq: 2, t: 8, language: "python", added: 9, removed: 0, delta: [{ insert: starter }] },
      { kind: "edit", seq: 3, t: 20, userId: "ada", language: "python", added: 1, removed: 0, delta: [{ insert: "#" }] },
      { kind: "edit", seq: 4, t: 30, language: "go", added: 3, removed: 0, delta: [{ insert: "go\n" }] },
    ];
    const { base: opened, events: rest } = withOpening({ files: {}, authors: {}, notes: "", language: "python" }, events);
    expect(opened.files).toEqual({ python: starter });
    expect(opened.authors).toEqual({ python: [{ userId: null, length: starter.length }] });
    expect(rest.map((e) => e.seq)).toEqual([1, 3, 4]);
    const timeline = new Timeline(opened, rest);
    expect(timeline.frameAt(0).files.python).toBe(starter); // as code?t= says: the starters are there from the start
    expect(timeline.frameAt(25).files.python).toBe(`#${starter}`);
    expect(timeline.frameAt(30).files.go).toBe("go\n");
  });
});

describe("text at a moment from deltas", () => {
  it("applyDelta and the author runs follow a hand-made delta", () => {
    const ops: TextDeltaOp[] = [{ retain: 4 }, { delete: 5 }, { insert: "main" }];
    expect(applyDelta(STARTER, ops)).toBe("def main():\n    pass\n");
    expect(applyDeltaToRuns([{ userId: null, length: STARTER.length }], ops, "ada")).toEqual([
      { userId: null, length: 4 }, { userId: "ada", length: 4 }, { userId: null, length: STARTER.length - 9 },
    ]);
    // an insert beside the same author's text merges into one run; deleting it all leaves none
    expect(applyDeltaToRuns([{ userId: "ada", length: 3 }], [{ retain: 3 }, { insert: "xy" }], "ada")).toEqual([{ userId: "ada", length: 5 }]);
    expect(applyDeltaToRuns([{ userId: "ada", length: 3 }], [{ delete: 3 }], "bob")).toEqual([]);
  });

  it("equals Yjs's text and authors after every edit, seeking in any order", () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 60 }), fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), (ops, seeks) => {
        const { events, texts, truths } = play(ops);
        const timeline = new Timeline(base, events, 4); // small checkpoints: seeks cross many
        for (const s of [...seeks, events.length, 0]) {
          const index = s % (events.length + 1);
          const frame = timeline.frameAtIndex(index);
          expect(frame.files.python).toBe(index === 0 ? STARTER : texts[index - 1]);
          expect(frame.authors.python).toEqual(index === 0 ? base.authors.python : truths[index - 1]);
          expect(frame.authors.python.reduce((n, r) => n + r.length, 0)).toBe(frame.files.python.length);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("finds the moment by time: events at t count, later ones do not", () => {
    const { events, texts } = play([{ who: 0, at: 0, del: 0, insert: "a" }, { who: 1, at: 0, del: 0, insert: "b" }]);
    const timeline = new Timeline(base, events);
    expect(timeline.frameAt(events[0].t - 1).files.python).toBe(STARTER);
    expect(timeline.frameAt(events[0].t).files.python).toBe(texts[0]);
    expect(timeline.frameAt(events[1].t + 5).files.python).toBe(texts[1]);
    expect(timeline.complete).toBe(true);
  });

  it("notes and the room's language move with their events; an edit without its delta marks the timeline incomplete", () => {
    const events: RecordEvent[] = [
      { kind: "note", seq: 1, t: 10, userId: "i", added: 5, removed: 0, delta: [{ insert: "Good." }] },
      { kind: "language", seq: 2, t: 20, userId: "i", language: "go" },
      { kind: "note", seq: 3, t: 30, userId: "i", added: 4, removed: 0, delta: [{ retain: 5 }, { insert: " Ok." }] },
      { kind: "edit", seq: 4, t: 40, userId: "c", language: "go", added: 3, removed: 0 },
    ];
    const timeline = new Timeline(base, events);
    expect(timeline.frameAt(15)).toMatchObject({ notes: "Good.", language: "python" });
    expect(timeline.frameAt(35)).toMatchObject({ notes: "Good. Ok.", language: "go" });
    expect(timeline.complete).toBe(false);
  });
});
