/**
 * When the Room's one alarm should fire: the next snapshot checkpoint (CHECKPOINT_DELAY_MS after
 * the first unsnapshotted update, or at once when the tail grows long) or the room's expiry,
 * whichever comes first. Pure bookkeeping; the Room sets the alarm it returns.
 */

/** How long after the first unsnapshotted update the checkpoint alarm fires. */
export const CHECKPOINT_DELAY_MS = 10_000;
/** A tail this long checkpoints at once (on load, or as updates arrive) rather than after the delay. */
export const EAGER_CHECKPOINT_TAIL = 1000;

export class AlarmPlan {
  /** When unsnapshotted updates should be checkpointed; null when there are none. */
  #checkpointDue: number | null = null;
  #alarmAt: number | null = null;
  /** Updates logged since the last checkpoint (by this instance). */
  #since = 0;

  /** After loading: the alarm already set, and the longest unsnapshotted tail of any doc. */
  loaded(alarmAt: number | null, longestTail: number, now = Date.now()): void {
    this.#alarmAt = alarmAt;
    if (longestTail >= EAGER_CHECKPOINT_TAIL) this.#checkpointDue = now; // keep the next load short
    else if (longestTail > 0) this.#checkpointDue = now + CHECKPOINT_DELAY_MS;
  }

  /** An update was logged; true when the alarm must move earlier. */
  logged(now = Date.now()): boolean {
    this.#since++;
    const due = now + (this.#since >= EAGER_CHECKPOINT_TAIL ? 0 : CHECKPOINT_DELAY_MS);
    if (this.#checkpointDue !== null && this.#checkpointDue <= due) return false;
    this.#checkpointDue = due;
    return true;
  }

  /** The alarm fired (and the checkpoint, if due, was written). */
  fired(): void {
    this.#alarmAt = null;
    this.#checkpointDue = null;
    this.#since = 0;
  }

  /** The time to set the alarm to, or null when the alarm already stands there (or nothing is due). */
  next(expiresAt: number | null): number | null {
    const at = Math.min(this.#checkpointDue ?? Infinity, expiresAt ?? Infinity);
    if (at === Infinity || at === this.#alarmAt) return null;
    this.#alarmAt = at;
    return at;
  }
}
