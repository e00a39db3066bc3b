/**
 * The room's durable history in Durable Object SQLite: every accepted Yjs update, in order,
 * plus snapshot checkpoints so that loading costs one snapshot and a short tail.
 *
 *   updates(doc, seq, part, ts, user_id, data, rseq)   append-only, never pruned: replay reads it;
 *                                                an update over the row cap is split into parts;
 *                                                rseq: its place on the record's clock (code and
 *                                                notes only: record/clock.ts)
 *   snapshots(doc, seq, chunk, data)             full state at seq, split below the 2 MB row cap
 *   snapshot_heads(doc, seq, chunks, bytes, ts)  the latest complete snapshot per doc (loading)
 *   snapshot_index(doc, seq, ts)                 the series of snapshots kept, at least
 *                                                SNAPSHOT_SPACING updates apart (the latest
 *                                                aside): seeking the record starts from one
 *
 * A snapshot's chunks and its head row are written in one transaction, so a reader never sees a
 * half-written snapshot; chunk numbers are INTEGERs, so chunk 10 sorts after chunk 9. The tables
 * are created by the Room's migrations (schema.ts).
 */

import { SERVER_USER } from "./client-owners";
import { lastSeq, type RecordClock } from "./record/clock";

/** Below SQLite's 2 MB row limit with room to spare for the other columns. */
export const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;
/** Snapshots kept in the series are at least this many updates apart: a seek replays fewer than this. */
export const SNAPSHOT_SPACING = 500;

export interface LoadedDoc {
  /**
   * The latest snapshot (if any) then every later update, in log order. Not merged: applying
   * them one by one in one transaction is ~20x faster than Y.mergeUpdates on a long tail.
   */
  updates: Uint8Array[];
  /** Highest seq stored for the doc (0 when none). */
  seq: number;
  /** Updates logged after the latest snapshot. */
  tail: number;
}

export class UpdateLog {
  readonly #sql: SqlStorage;
  readonly #storage: DurableObjectStorage;
  readonly #seq = new Map<string, number>();
  readonly #clock: RecordClock | null;

  /** `clock`: the record's (the Room's log has one; a log opened only to read needs none). */
  constructor(storage: DurableObjectStorage, clock: RecordClock | null = null) {
    this.#storage = storage;
    this.#sql = storage.sql;
    this.#clock = clock;
  }

  /**
   * Appends one update and returns its seq. Synchronous: the write is ordered before any send.
   * Frames are capped well below the row limit, but Yjs merges updates that arrived before their
   * dependencies into one when the dependency lands, so a single update can still be large.
   */
  append(doc: string, userId: string, data: Uint8Array, ts = Date.now()): number {
    const seq = this.#lastSeq(doc) + 1;
    const parts = split(data);
    // The state doc is the room's own bookkeeping: the record has its events instead.
    const rseq = doc === "state" ? null : this.#clock ? this.#clock.next() : lastSeq(this.#sql) + 1;
    const insert = () =>
      parts.forEach((p, i) =>
        this.#sql.exec("INSERT INTO updates (doc, seq, part, ts, user_id, data, rseq) VALUES (?, ?, ?, ?, ?, ?, ?)", doc, seq, i, ts, userId, toBuffer(p), rseq),
      );
    // A keystroke is one row and needs no transaction of its own (this is the hot path).
    if (parts.length === 1) insert();
    else this.#storage.transactionSync(insert);
    this.#seq.set(doc, seq);
    return seq;
  }

  /**
   * Appends a batch of updates (the Room's held writes) in one transaction: all of them or, should
   * SQLite refuse one, none, and the seqs they took are read again from storage.
   */
  appendAll(writes: Iterable<{ doc: string; userId: string; data: Uint8Array; ts: number }>): void {
    try {
      this.#storage.transactionSync(() => {
        for (const w of writes) this.append(w.doc, w.userId, w.data, w.ts);
      });
    } catch (e) {
      this.#seq.clear();
      throw e;
    }
  }

  load(doc: string): LoadedDoc {
    const head = this.#head(doc);
    const parts: Uint8Array[] = [];
    if (head) {
      const chunks = this.#sql
        .exec<{ data: ArrayBuffer }>("SELECT data FROM snapshots WHERE doc = ? AND seq = ? ORDER BY chunk", doc, head.seq)
        .toArray()
        .map((r) => new Uint8Array(r.data));
      if (chunks.length !== head.chunks) throw new Error(`snapshot ${doc}@${head.seq} has ${chunks.length}/${head.chunks} chunks`);
      parts.push(concat(chunks));
    }
    const tail = [...this.entries(doc, head?.seq ?? 0)].map((e) => e.data);
    parts.push(...tail);
    return { updates: parts, seq: this.#lastSeq(doc), tail: tail.length };
  }

  /** Updates logged since the latest snapshot; the alarm checkpoints docs where this is > 0. */
  tailLength(doc: string): number {
    return this.#lastSeq(doc) - (this.#head(doc)?.seq ?? 0);
  }

  /**
   * Writes the doc's full state as the snapshot at the current seq. The previous latest stays in
   * the series only if it is SNAPSHOT_SPACING updates past the one before it. Idempotent.
   */
  checkpoint(doc: string, state: Uint8Array, ts = Date.now()): { seq: number; chunks: number } {
    const seq = this.#lastSeq(doc);
    const chunks = split(state);
    this.#storage.transactionSync(() => {
      const [latest, before] = this.#sql.exec<{ seq: number }>("SELECT seq FROM snapshot_index WHERE doc = ? ORDER BY seq DESC LIMIT 2", doc).toArray();
      if (latest && (latest.seq === seq || latest.seq - (before?.seq ?? 0) < SNAPSHOT_SPACING)) {
        this.#sql.exec("DELETE FROM snapshots WHERE doc = ? AND seq = ?", doc, latest.seq);
        this.#sql.exec("DELETE FROM snapshot_index WHERE doc = ? AND seq = ?", doc, latest.seq);
      }
      this.#sql.exec("INSERT INTO snapshot_index (doc, seq, ts) VALUES (?, ?, ?)", doc, seq, ts);
      chunks.forEach((c, i) => this.#sql.exec("INSERT INTO snapshots (doc, seq, chunk, data) VALUES (?, ?, ?, ?)", doc, seq, i, toBuffer(c)));
      this.#sql.exec(
        "INSERT OR REPLACE INTO snapshot_heads (doc, seq, chunks, bytes, ts) VALUES (?, ?, ?, ?, ?)",
        doc, seq, chunks.length, state.byteLength, ts,
      );
    });
    return { seq, chunks: chunks.length };
  }

  /** The log in order, parts joined: for loading, replay and tests. */
  *entries(doc: string, afterSeq = 0): Generator<{ seq: number; ts: number; userId: string; data: Uint8Array }> {
    for (const { rseq: _r, ...e } of this.between(doc, afterSeq, Number.MAX_SAFE_INTEGER)) yield e;
  }

  #lastSeq(doc: string): number {
    let seq = this.#seq.get(doc);
    if (seq === undefined) {
      seq = this.#sql.exec<{ s: number | null }>("SELECT MAX(seq) AS s FROM updates WHERE doc = ?", doc).one().s ?? 0;
      this.#seq.set(doc, seq);
    }
    return seq;
  }

  #head(doc: string): { seq: number; chunks: number } | undefined {
    return this.#sql.exec<{ seq: number; chunks: number }>("SELECT seq, chunks FROM snapshot_heads WHERE doc = ?", doc).toArray()[0];
  }

  /** The latest snapshot at or before `seq` (a seek's starting point), its chunks joined; null when none. */
  snapshotAtOrBefore(doc: string, seq: number): { seq: number; data: Uint8Array } | null {
    const at = this.#sql.exec<{ seq: number }>("SELECT seq FROM snapshot_index WHERE doc = ? AND seq <= ? ORDER BY seq DESC LIMIT 1", doc, seq).toArray()[0];
    if (!at) return null;
    const chunks = this.#sql
      .exec<{ data: ArrayBuffer }>("SELECT data FROM snapshots WHERE doc = ? AND seq = ? ORDER BY chunk", doc, at.seq)
      .toArray()
      .map((r) => new Uint8Array(r.data));
    return { seq: at.seq, data: concat(chunks) };
  }

  /** Updates with seq in (from, to], in order, parts joined. */
  *between(doc: string, from: number, to: number): Generator<{ seq: number; ts: number; userId: string; rseq: number | null; data: Uint8Array }> {
    let current: { seq: number; ts: number; userId: string; rseq: number | null; parts: Uint8Array[] } | null = null;
    for (const r of this.#sql.exec<{ seq: number; ts: number; user_id: string; rseq: number | null; data: ArrayBuffer }>(
      "SELECT seq, ts, user_id, rseq, data FROM updates WHERE doc = ? AND seq > ? AND seq <= ? ORDER BY seq, part", doc, from, to,
    )) {
      if (current && current.seq !== r.seq) {
        yield { seq: current.seq, ts: current.ts, userId: current.userId, rseq: current.rseq, data: concat(current.parts) };
        current = null;
      }
      current ??= { seq: r.seq, ts: r.ts, userId: r.user_id, rseq: r.rseq, parts: [] };
      current.parts.push(new Uint8Array(r.data));
    }
    if (current) yield { seq: current.seq, ts: current.ts, userId: current.userId, rseq: current.rseq, data: concat(current.parts) };
  }

  /** The last seq of the doc's updates with ts <= t (0 when none). */
  seqAt(doc: string, t: number): number {
    return this.#sql.exec<{ s: number | null }>("SELECT MAX(seq) AS s FROM updates WHERE doc = ? AND ts <= ?", doc, t).one().s ?? 0;
  }

  /** The last seq of the room's own updates that open the doc's log (its starting buffers: starter code). */
  openingSeq(doc: string): number {
    const firstOther = this.#sql.exec<{ s: number | null }>("SELECT MIN(seq) AS s FROM updates WHERE doc = ? AND user_id != ?", doc, SERVER_USER).one().s;
    const q = firstOther === null ? "SELECT MAX(seq) AS s FROM updates WHERE doc = ?" : "SELECT MAX(seq) AS s FROM updates WHERE doc = ? AND seq < ?";
    return this.#sql.exec<{ s: number | null }>(q, doc, ...(firstOther === null ? [] : [firstOther])).one().s ?? 0;
  }
}

/** Pieces of at most SNAPSHOT_CHUNK_BYTES (at least one, even for an empty input). */
function split(data: Uint8Array): Uint8Array[] {
  const parts: Uint8Array[] = [];
  for (let off = 0; off < data.byteLength || parts.length === 0; off += SNAPSHOT_CHUNK_BYTES) {
    parts.push(data.subarray(off, off + SNAPSHOT_CHUNK_BYTES));
  }
  return parts;
}

function toBuffer(u: Uint8Array): ArrayBuffer {
  return u.buffer.slice(u.byteOffset, u.byteOffset + u.byteLength) as ArrayBuffer;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.byteLength;
  }
  return out;
}
