/**
 * The interview's text at any moment, rebuilt in the page from the record: the buffers at the
 * start, then each edit's and note's delta in order. A checkpoint every `every` events bounds a
 * seek to that many deltas whichever way it jumps; playing forward applies only the new ones.
 * Frames are immutable values (each event makes a new one), so a component may keep any it got.
 */
import type { RecordEvent } from "../../../contracts/record";
import { type AuthorRun, applyDelta, applyDeltaToRuns } from "./delta";

export interface Frame {
  /** Each language's buffer. */
  files: Readonly<Record<string, string>>;
  /** Who wrote each stretch of each buffer. */
  authors: Readonly<Record<string, readonly AuthorRun[]>>;
  /** The interviewers' notes (empty for readers who may not see them). */
  notes: string;
  /** The room's language (the last language event's), or the one it started with. */
  language: string;
}

/** Events in time order (the seq breaks ties, and orders the edits among themselves). */
export function byTime(events: readonly RecordEvent[]): RecordEvent[] {
  return [...events].sort((a, b) => a.t - b.t || a.seq - b.seq);
}

/** The frame after `e`: the same object when `e` changes no text. */
export function applyEvent(f: Frame, e: RecordEvent): Frame {
  if (e.kind === "edit" && e.delta) {
    const files = { ...f.files, [e.language]: applyDelta(f.files[e.language] ?? "", e.delta) };
    const authors = { ...f.authors, [e.language]: applyDeltaToRuns(f.authors[e.language] ?? [], e.delta, e.userId ?? null) };
    return { ...f, files, authors };
  }
  if (e.kind === "note" && e.delta) return { ...f, notes: applyDelta(f.notes, e.delta) };
  if (e.kind === "language") return { ...f, language: e.language };
  return f;
}

/**
 * The Room's own opening writes (starter code, edits with no author before anyone's first edit)
 * folded into the base frame, as the Room's `code?t=` counts them: the buffers start with their
 * starters, whatever moment is asked. Events in time order; returns the base and the rest.
 */
export function withOpening(base: Frame, events: readonly RecordEvent[]): { base: Frame; events: RecordEvent[] } {
  let frame = base;
  let i = 0;
  for (; i < events.length; i++) {
    const e = events[i];
    if (e.kind === "edit" && e.userId) break;
    if (e.kind === "edit" && e.delta) frame = applyEvent(frame, e);
  }
  const opening = new Set(events.slice(0, i).filter((e) => e.kind === "edit" && e.delta));
  return { base: frame, events: events.filter((e) => !opening.has(e)) };
}

export class Timeline {
  readonly events: readonly RecordEvent[];
  readonly times: Float64Array;
  /** False when some edit or note came without its delta: frames here are then not the whole truth. */
  readonly complete: boolean;
  /** checkpoints[k]: the frame after k × every events, for k up to what is built. */
  readonly #checkpoints: Frame[];
  /** The furthest frame built so far (the checkpoints reach it). */
  #head: { index: number; frame: Frame };
  #at: { index: number; frame: Frame };

  constructor(base: Frame, events: readonly RecordEvent[], readonly every = 256) {
    this.events = byTime(events);
    this.times = Float64Array.from(this.events, (e) => e.t);
    this.complete = this.events.every((e) => (e.kind !== "edit" && e.kind !== "note") || e.delta !== undefined);
    this.#checkpoints = [base];
    this.#head = { index: 0, frame: base };
    this.#at = this.#head;
  }

  /** Whether every checkpoint is built (seeks anywhere then cost at most `every` deltas). */
  get built(): boolean {
    return this.#head.index >= this.events.length;
  }

  /**
   * Builds checkpoints ahead until `deadline` (a performance.now() time), a slice at a time: the
   * page does this while idle after its first paint, so opening a long record is not held up by
   * replaying all of it. Returns whether all is built.
   */
  buildUntil(deadline: number, now: () => number = () => performance.now()): boolean {
    while (!this.built && now() < deadline) this.#build(Math.min(this.events.length, this.#head.index + this.every * 4));
    return this.built;
  }

  #build(until: number): void {
    let { index, frame } = this.#head;
    while (index < until) {
      frame = applyEvent(frame, this.events[index++]);
      if (index % this.every === 0) this.#checkpoints.push(frame);
    }
    this.#head = { index, frame };
  }

  /** How many events happened at or before `t`. */
  indexAt(t: number): number {
    let lo = 0;
    let hi = this.times.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.times[mid] <= t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  frameAt(t: number): Frame {
    return this.frameAtIndex(this.indexAt(t));
  }

  /** The frame after the first `index` events. */
  frameAtIndex(index: number): Frame {
    const target = Math.max(0, Math.min(index, this.events.length));
    if (target > this.#head.index) this.#build(target);
    let { index: i, frame } = this.#at;
    if (target < i || target - i > this.every) {
      i = Math.floor(target / this.every) * this.every;
      frame = this.#checkpoints[i / this.every];
    }
    for (; i < target; i++) frame = applyEvent(frame, this.events[i]);
    this.#at = { index: target, frame };
    return frame;
  }
}
