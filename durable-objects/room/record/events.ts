/**
 * The record's events: everything but the Yjs updates themselves (which are the log's, and whose
 * edits are derived later: edits.ts). One row each, on the record's clock.
 *
 *   events(seq, t, kind, user_id, data)    data: the event's own fields as JSON
 *   participants(user_id, name, role, color, first_at)   who the events' user ids are
 */
import type { NewRecordEvent, RecordEvent, RecordParticipant } from "../../../contracts/record";
import type { Identity, Role } from "../../../contracts/wire";
import type { RecordClock } from "./clock";

export class EventLog {
  readonly #sql: SqlStorage;
  readonly #clock: RecordClock;
  readonly #known = new Set<string>();

  constructor(sql: SqlStorage, clock: RecordClock) {
    this.#sql = sql;
    this.#clock = clock;
  }

  /** Appends an event with the next seq; `by` (when given) becomes a participant of the record. */
  append(event: NewRecordEvent, by?: Identity, t = Date.now()): number {
    const seq = this.#clock.nextChecked();
    const { kind, userId, ...data } = event as { kind: string; userId?: string };
    this.#sql.exec("INSERT INTO events (seq, t, kind, user_id, data) VALUES (?, ?, ?, ?, ?)", seq, t, kind, userId ?? null, JSON.stringify(data));
    if (by) this.participant(by, t);
    return seq;
  }

  /** Remembers who a user id is, as they first appeared. */
  participant(who: Identity, t = Date.now()): void {
    if (this.#known.has(who.userId)) return;
    this.#known.add(who.userId);
    this.#sql.exec("INSERT OR IGNORE INTO participants (user_id, name, role, color, first_at) VALUES (?, ?, ?, ?, ?)", who.userId, who.name, who.role, who.color, t);
  }

  participants(): RecordParticipant[] {
    return this.#sql
      .exec<{ user_id: string; name: string; role: Role; color: string }>("SELECT user_id, name, role, color FROM participants ORDER BY first_at, user_id")
      .toArray()
      .map((r) => ({ userId: r.user_id, name: r.name, role: r.role, color: r.color }));
  }

  /** Events after `after`, in order, at most `limit`. */
  after(after: number, limit: number): RecordEvent[] {
    return this.#sql
      .exec<{ seq: number; t: number; kind: string; user_id: string | null; data: string }>(
        "SELECT seq, t, kind, user_id, data FROM events WHERE seq > ? ORDER BY seq LIMIT ?", after, limit,
      )
      .toArray()
      .map((r) => ({ ...(JSON.parse(r.data) as object), seq: r.seq, t: r.t, kind: r.kind, ...(r.user_id ? { userId: r.user_id } : {}) }) as RecordEvent);
  }

  firstTime(): number | null {
    return this.#sql.exec<{ t: number | null }>("SELECT MIN(t) AS t FROM events").one().t;
  }
}
