/**
 * Micro-benchmark of the Room's write path for keystrokes (not run by CI):
 *
 *   npx tsx durable-objects/room/test/keystrokes.bench.ts
 *
 * 10,000 keystroke updates (one character each, every seventh a backspace) into a code doc that
 * already holds 50,000 characters: "before" is the check the Room made until issue 10 (the update's
 * clock ranges, then Y.applyUpdate), "after" is what it does now (decode whole, new structs,
 * ownership, dependencies on others' future edits, document limits, the content meter), each
 * followed by Y.applyUpdate (and, since issue 11, the look for a `\r` in what it inserted). Several
 * rounds each, alternating; the median per keystroke is printed.
 */
import * as Y from "yjs";
import { ContentMeter } from "../content-size";
import { overLimit } from "../doc-limits";
import { readLimits } from "../limits";
import { LineEndings } from "../line-endings";
import { LINE_ENDINGS } from "../origins";
import { futureDependencies, isNoop, newStructs, readUpdate, writers } from "../update-check";
import { keystrokes } from "./yjs-samples";

const updates = keystrokes(10_000);
const limits = readLimits({});

function roomDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.getText("code:python").insert(0, "x".repeat(50_000));
  return doc;
}

/** The pre-issue-10 check (yjs-util.ts isNoop's fast path: a keystroke is new by its clock range). */
function before(doc: Y.Doc): void {
  for (const u of updates) {
    const { to } = Y.parseUpdateMeta(u);
    let fresh = false;
    for (const [client, clock] of to) if (clock > Y.getState(doc.store, client)) fresh = true;
    if (fresh) Y.applyUpdate(doc, u, "ws");
  }
}

function after(doc: Y.Doc, meter: ContentMeter, lf: LineEndings): void {
  const owners = new Map<number, string>();
  for (const u of updates) {
    const update = readUpdate(u);
    const fresh = newStructs(update, doc);
    if (isNoop(update, fresh, doc)) continue;
    const clients = writers(fresh);
    if (clients.some((c) => (owners.get(c) ?? "me") !== "me")) throw new Error("foreign");
    for (const c of futureDependencies(update, fresh, doc)) if (!clients.includes(c) && owners.get(c) !== "me") throw new Error("dependency");
    const refusal = overLimit("code", doc, update, fresh, limits, meter);
    if (refusal) throw new Error(refusal);
    Y.applyUpdate(doc, u, "ws");
    lf.fix(LINE_ENDINGS);
    for (const c of clients) if (!owners.has(c)) owners.set(c, "me");
  }
}

const times: Record<"before" | "after", number[]> = { before: [], after: [] };
for (let round = 0; round < 7; round++) {
  for (const which of ["before", "after"] as const) {
    const doc = roomDoc();
    const meter = which === "after" ? new ContentMeter(doc) : null; // counts the 50,000 first, outside the timing
    const lf = meter && new LineEndings(doc, () => true);
    const start = performance.now();
    if (meter && lf) after(doc, meter, lf);
    else before(doc);
    times[which].push(performance.now() - start);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const which of ["before", "after"] as const) {
  const ms = median(times[which]);
  console.log(`${which}: ${updates.length} keystrokes in ${ms.toFixed(1)} ms (median of ${times[which].length}), ${((ms / updates.length) * 1000).toFixed(2)} µs each`);
}
