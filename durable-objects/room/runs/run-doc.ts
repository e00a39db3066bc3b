/**
 * Run records in the state doc (layout in contracts/room-state.ts). Each function is one
 * transaction, so a peer never sees half a change.
 */
import type { TestOutcome } from "../../../contracts/problems";
import {
  RUN_DOC_OUTPUT_BYTES, RUN_HISTORY, runOrderArray, runRecord, runsMap, type OutputChunk, type OutputStream, type RunFields, type RunState,
} from "../../../contracts/room-state";
import * as Y from "yjs";
import type { Origin } from "../origins";

/** What a new record starts with; the Room adds its status and output counters. */
export type NewRun = Omit<RunFields, "status" | "outputBytes" | "truncated">;
export type RunPatch = Partial<Omit<RunFields, "id" | "mode" | "language" | "by" | "createdAt">>;

export function createRun(doc: Y.Doc, run: NewRun, origin: Origin): void {
  doc.transact(() => {
    runsMap(doc).set(run.id, new Y.Map());
    const rec = runRecord(doc, run.id)!;
    const fields: RunFields = { ...run, status: "queued", outputBytes: 0, truncated: false };
    for (const [k, v] of Object.entries(fields) as Array<[keyof RunFields, RunFields[keyof RunFields]]>) if (v !== undefined) rec.set(k, v);
    rec.set("output", new Y.Array<OutputChunk>());
    if (run.mode !== "program") rec.set("tests", new Y.Array<TestOutcome>());
    const order = runOrderArray(doc);
    order.push([run.id]);
    // Older runs leave the doc (their full records stay in the Room's storage).
    const excess = order.length - RUN_HISTORY;
    if (excess > 0) {
      for (const id of order.slice(0, excess)) runsMap(doc).delete(id);
      order.delete(0, excess);
    }
  }, origin);
}

export function patchRun(doc: Y.Doc, id: string, patch: RunPatch, origin: Origin): void {
  const rec = runRecord(doc, id);
  if (!rec) return;
  doc.transact(() => {
    for (const [k, v] of Object.entries(patch) as Array<[keyof RunPatch, RunPatch[keyof RunPatch]]>) rec.set(k, v);
  }, origin);
}

/** Appends a chunk unless the run's doc output is full; then marks it truncated. Returns whether it fit. */
export function appendOutput(doc: Y.Doc, id: string, stream: OutputStream, data: string, origin: Origin): boolean {
  const rec = runRecord(doc, id);
  if (!rec) return false;
  const used = rec.get("outputBytes") ?? 0;
  const room = RUN_DOC_OUTPUT_BYTES - used;
  if (room <= 0) {
    if (rec.get("truncated") !== true) doc.transact(() => rec.set("truncated", true), origin);
    return false;
  }
  const piece = utf8Prefix(data, room);
  doc.transact(() => {
    rec.get("output")?.push([{ stream, data: piece }]);
    rec.set("outputBytes", used + byteLength(piece));
    if (piece.length < data.length) rec.set("truncated", true);
  }, origin);
  return piece.length === data.length;
}

/** A judged test's outcome, as soon as it is known. */
export function appendTest(doc: Y.Doc, id: string, outcome: TestOutcome, origin: Origin): void {
  const tests = runRecord(doc, id)?.get("tests");
  if (tests) doc.transact(() => tests.push([outcome]), origin);
}

export function runStatus(doc: Y.Doc, id: string): RunState | undefined {
  return runRecord(doc, id)?.get("status");
}

function byteLength(s: string): number {
  return new TextEncoder().encode(s).byteLength;
}

/** The longest prefix of `s` that fits in `bytes` UTF-8 bytes, never splitting a character. */
function utf8Prefix(s: string, bytes: number): string {
  if (byteLength(s) <= bytes) return s;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (byteLength(s.slice(0, mid)) <= bytes) lo = mid;
    else hi = mid - 1;
  }
  if (lo > 0 && /[\uD800-\uDBFF]/.test(s[lo - 1])) lo--;
  return s.slice(0, lo);
}
