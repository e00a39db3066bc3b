/**
 * The Room's deferred work: a small persisted set of deadlines, one time per kind, in its SQLite,
 * with the object's one alarm set to the earliest. When the alarm fires, each due kind's handler
 * runs, in the order the kinds are declared. No timers: they would keep the object awake.
 *
 *   deadlines(kind, at)    created by migration 2 (schema.ts)
 *
 * Adding a kind: one line in DEADLINE_KINDS, and its handler in the Room (the handlers' type asks
 * for it). Rows of a kind this code does not know (written by newer code) are kept and ignored.
 */

export const DEADLINE_KINDS = {
  /** The room ends: everyone out; its record is kept until its retention runs out. Never before its time; handled first. */
  expiry: { early: false },
  /** The record's retention ran out: every byte of the room deleted, in every store. Never before its time. */
  purge: { early: false },
  /** The interview clock ran out: the room does what the interviewer chose (nothing, read-only, submit). Never before its time. */
  timerEnd: { early: false },
  /** Updates not yet in a snapshot get one. Sooner is never wrong, so any alarm takes it along. */
  checkpoint: { early: true },
  /** Which sockets went silent (presence.ts); set only while sockets are open, every LIVENESS_CHECK_MS. */
  liveness: { early: false },
  /** The room's runner container renewed while sockets are open (runner-warmth.ts), every RUNNER_KEEP_WARM_MS: never sooner. */
  runnerKeepWarm: { early: false },
} as const satisfies Record<string, { early: boolean }>;
export type DeadlineKind = keyof typeof DEADLINE_KINDS;

/** What a handler may say: "stop" when nothing is left to handle or arm (the storage is gone). */
export type DeadlineHandlers = Record<DeadlineKind, () => "stop" | undefined | Promise<"stop" | undefined>>;

/**
 * How long after the first unsnapshotted update the checkpoint is due. Each checkpoint is an alarm
 * event with a commit of its own, costing the room's thread about one and a half keystrokes (profiled
 * with 1,000 rooms on one local runtime, bench:sockets): at 10 s it came once every two edits of a
 * room typed into every 5 s. A minute of tail stays cheap to load (EAGER_CHECKPOINT_TAIL bounds it),
 * and the record derives its edits before any read, so no reader waits on this delay.
 */
export const CHECKPOINT_DELAY_MS = 60_000;
/** A tail this long is checkpointed at once (on load, or as updates arrive) rather than after the delay. */
export const EAGER_CHECKPOINT_TAIL = 1000;

/** When the checkpoint is due, `logged` updates after the last one. */
export function checkpointDue(logged: number, now: number): number {
  return now + (logged >= EAGER_CHECKPOINT_TAIL ? 0 : CHECKPOINT_DELAY_MS);
}

const isKind = (kind: string): kind is DeadlineKind => Object.hasOwn(DEADLINE_KINDS, kind);

export class Deadlines {
  readonly #storage: DurableObjectStorage;
  /** The table, in memory: the per-update check reads only this. */
  readonly #at = new Map<DeadlineKind, number>();
  /** Where the alarm stands, as far as this instance set or found it. */
  #alarmAt: number | null;

  /** `alarmAt`: the alarm as it stands when the object loads. */
  constructor(storage: DurableObjectStorage, alarmAt: number | null) {
    this.#storage = storage;
    this.#alarmAt = alarmAt;
    for (const r of storage.sql.exec<{ kind: string; at: number }>("SELECT kind, at FROM deadlines")) if (isKind(r.kind)) this.#at.set(r.kind, r.at);
  }

  get(kind: DeadlineKind): number | undefined {
    return this.#at.get(kind);
  }

  /** Sets (or with null clears) a kind's deadline, and moves the alarm if the earliest changed. */
  set(kind: DeadlineKind, at: number | null): void {
    if ((this.#at.get(kind) ?? null) === at) return;
    if (at === null) {
      this.#at.delete(kind);
      this.#storage.sql.exec("DELETE FROM deadlines WHERE kind = ?", kind);
    } else {
      this.#at.set(kind, at);
      this.#storage.sql.exec("INSERT OR REPLACE INTO deadlines (kind, at) VALUES (?, ?)", kind, at);
    }
    this.#arm();
  }

  /** Brings a deadline forward to `at`; a no-op (no write) when it is already due no later. */
  noLaterThan(kind: DeadlineKind, at: number): void {
    const current = this.#at.get(kind);
    if (current === undefined || current > at) this.set(kind, at);
  }

  /** The alarm fired: runs the handlers of the kinds due at `now`, clears their deadlines, re-arms. */
  async fire(handlers: DeadlineHandlers, now = Date.now()): Promise<void> {
    this.#alarmAt = null; // spent
    for (const [kind, at] of this.#due(now)) {
      if ((await handlers[kind]()) === "stop") return;
      // A handler may have moved its own deadline on; only the one it handled is cleared.
      if (this.#at.get(kind) === at) this.set(kind, null);
    }
    this.#arm();
  }

  #due(now: number): Array<[DeadlineKind, number]> {
    const due: Array<[DeadlineKind, number]> = [];
    for (const kind of Object.keys(DEADLINE_KINDS) as DeadlineKind[]) {
      const at = this.#at.get(kind);
      if (at !== undefined && (at <= now || DEADLINE_KINDS[kind].early)) due.push([kind, at]);
    }
    return due;
  }

  /** The alarm at the earliest deadline (set only when that moved; deleted when none is left). */
  #arm(): void {
    const at = this.#at.size === 0 ? null : Math.min(...this.#at.values());
    if (at === this.#alarmAt) return;
    this.#alarmAt = at;
    void (at === null ? this.#storage.deleteAlarm() : this.#storage.setAlarm(at));
  }
}
