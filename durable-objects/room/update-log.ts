/**
 * The room's durable history in Durable Object SQLite: every accepted Yjs update, in order,
 * plus snapshot checkpoints so that loading costs one snapshot and a short tail.
 *
 *   updates(doc, seq, part, ts, user_id, data)   append-only, never pruned: replay reads it; an
 *                                                update over the row cap is split into parts
 *   snapshots(doc, seq, chunk, data)             full state at seq, split below the 2 MB row cap
 *   snapshot_heads(doc, seq, chunks, bytes, ts)  the latest complete snapshot per doc
 *
 * A snapshot's chunks and its head row are written in one transaction, so a reader never sees a
 * half-written snapshot; chunk numbers are INTEGERs, so chunk 10 sorts after chunk 9. The tables
 * are created by the Room's migrations (schema.ts).
 */

/** Below SQLite's 2 MB row limit with room to spare for the other columns. */
export const SNAPSHOT_CHUNK_BYTES = 1024 * 1024;

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

  constructor(storage: DurableObjectStorage) {
    this.#storage = storage;
    this.#sql = storage.sql;
  }

  /**
   * Appends one update and returns its seq. Synchronous: the write is ordered before any send.
   * Frames are capped well below the row limit, but Yjs merges updates that arrived before their
   * dependencies into one when the dependency lands, so a single update can still be large.
   */
  append(doc: string, userId: string, data: Uint8Array, ts = Date.now()): number {
    const seq = this.#lastSeq(doc) + 1;
    const parts = split(data);
    const insert = () =>
      parts.forEach((p, i) =>
        this.#sql.exec("INSERT INTO updates (doc, seq, part, ts, user_id, data) VALUES (?, ?, ?, ?, ?, ?)", doc, seq, i, ts, userId, toBuffer(p)),
      );
    // A keystroke is one row and needs no transaction of its own (this is the hot path).
    if (parts.length === 1) insert();
    else this.#storage.transactionSync(insert);
    this.#seq.set(doc, seq);
    return seq;
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

  /** Writes the doc's full state as the snapshot at the current seq and drops older snapshots. Idempotent. */
  checkpoint(doc: string, state: Uint8Array, ts = Date.now()): { seq: number; chunks: number } {
    const seq = this.#lastSeq(doc);
    const chunks = split(state);
    this.#storage.transactionSync(() => {
      this.#sql.exec("DELETE FROM snapshots WHERE doc = ?", doc);
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
    let current: { seq: number; ts: number; userId: string; parts: Uint8Array[] } | null = null;
    for (const r of this.#sql.exec<{ seq: number; ts: number; user_id: string; data: ArrayBuffer }>(
      "SELECT seq, ts, user_id, data FROM updates WHERE doc = ? AND seq > ? ORDER BY seq, part", doc, afterSeq,
    )) {
      if (current && current.seq !== r.seq) {
        yield { seq: current.seq, ts: current.ts, userId: current.userId, data: concat(current.parts) };
        current = null;
      }
      current ??= { seq: r.seq, ts: r.ts, userId: r.user_id, parts: [] };
      current.parts.push(new Uint8Array(r.data));
    }
    if (current) yield { seq: current.seq, ts: current.ts, userId: current.userId, data: concat(current.parts) };
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
