/**
 * The record's one clock: a room-wide sequence shared by the record's events (events.ts) and the
 * code and notes updates of the Yjs log (their `rseq`), so that a page of the record is every
 * moment in the order the room accepted it. Kept in memory; read once from storage on load.
 */
export class RecordClock {
  #last: number;

  constructor(sql: SqlStorage) {
    this.#sql = sql;
    this.#last = lastSeq(sql);
  }

  /** The next seq, from memory: the hot path (every code and notes update). */
  next(): number {
    return ++this.#last;
  }

  /** The next seq, checked against storage first: for events, which are few, so that a second instance over the same storage (a test's wake) never reuses one. */
  nextChecked(): number {
    this.#last = Math.max(this.#last, lastSeq(this.#sql));
    return ++this.#last;
  }

  readonly #sql: SqlStorage;
}

/** The highest seq the record has used so far (0 in a new room). */
export function lastSeq(sql: SqlStorage): number {
  const events = sql.exec<{ s: number | null }>("SELECT MAX(seq) AS s FROM events").one().s ?? 0;
  const updates = sql.exec<{ s: number | null }>("SELECT MAX(rseq) AS s FROM updates").one().s ?? 0;
  return Math.max(events, updates);
}
