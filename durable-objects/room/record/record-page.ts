/**
 * A page of the record: the events (events.ts) and the derived edits and notes (edits.ts) after a
 * seq, merged in seq order, filtered for the reader. An update that changed two buffers is two edit
 * events with one seq; a page never splits a seq.
 */
import { INTERVIEWER_ONLY_KINDS, type RecordEvent, type RecordParticipant, type TextDeltaOp } from "../../../contracts/record";
import { SERVER_USER } from "../client-owners";
import { NOTES } from "./edits";
import type { EventLog } from "./events";

/** Who reads: interviewers (and the organisation's reviewers and admins) see all; spectators, no notes, scorecards or hidden output. */
export type RecordReader = "interviewer" | "spectator";

export interface RecordPageQuery {
  after: number;
  limit: number;
  reader: RecordReader;
  /** Adds each edit's and note's text delta (exports and the replay page rebuild text from them). */
  deltas?: boolean;
}

export interface RecordPage {
  participants: RecordParticipant[];
  startedAt: number | null;
  events: RecordEvent[];
  next: number | null;
}

type EditRow = { rseq: number; language: string; doc: string; t: number; user_id: string; added: number; removed: number; delta: string };

export function recordPage(sql: SqlStorage, events: EventLog, q: RecordPageQuery): RecordPage {
  const fetched = q.limit + 1;
  const merged = [...events.after(q.after, fetched), ...editsAfter(sql, q.after, fetched, q.deltas ?? false)].sort((a, b) => a.seq - b.seq);
  // The first `limit` seqs, whole.
  const seqs = [...new Set(merged.map((e) => e.seq))];
  const more = seqs.length > q.limit;
  const last = more ? seqs[q.limit - 1] : Number.POSITIVE_INFINITY;
  const page = merged.filter((e) => e.seq <= last).filter((e) => readable(e, q.reader));
  return {
    participants: events.participants(),
    startedAt: startedAt(sql, events),
    events: page,
    next: more ? last : null,
  };
}

/**
 * Every edit of the first `seqs` seqs after `after`, whole: counted in seqs, not rows, since an
 * update that changed several buffers is several rows of one seq (a row limit would split it, or
 * stop short of seqs that belong before the next event).
 */
function editsAfter(sql: SqlStorage, after: number, seqs: number, deltas: boolean): RecordEvent[] {
  const upTo = sql
    .exec<{ rseq: number }>("SELECT rseq FROM (SELECT DISTINCT rseq FROM edits WHERE rseq > ? ORDER BY rseq LIMIT ?) ORDER BY rseq DESC LIMIT 1", after, seqs)
    .toArray()[0]?.rseq;
  if (upTo === undefined) return [];
  return sql
    .exec<EditRow>("SELECT rseq, language, doc, t, user_id, added, removed, delta FROM edits WHERE rseq > ? AND rseq <= ? ORDER BY rseq, language", after, upTo)
    .toArray()
    .map((r) => {
      const common = { seq: r.rseq, t: r.t, ...(r.user_id !== SERVER_USER && r.user_id !== "unknown" ? { userId: r.user_id } : {}), added: r.added, removed: r.removed };
      const delta = deltas ? { delta: JSON.parse(r.delta) as TextDeltaOp[] } : {};
      return r.language === NOTES && r.doc === "private"
        ? ({ ...common, kind: "note", ...delta } as RecordEvent)
        : ({ ...common, kind: "edit", language: r.language, ...delta } as RecordEvent);
    });
}

function readable(e: RecordEvent, reader: RecordReader): boolean {
  if (reader === "interviewer") return true;
  if (INTERVIEWER_ONLY_KINDS.has(e.kind)) return false;
  return !(e.kind === "run.output" && e.hidden);
}

function startedAt(sql: SqlStorage, events: EventLog): number | null {
  const edit = sql.exec<{ t: number | null }>("SELECT MIN(t) AS t FROM edits").one().t;
  const event = events.firstTime();
  if (edit === null) return event;
  return event === null ? edit : Math.min(edit, event);
}
