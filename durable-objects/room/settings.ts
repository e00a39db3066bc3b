/**
 * The room's own facts, in its SQLite (`settings`, one JSON row; schema.ts): which room it is, until when it
 * lives, whether it ended, whether the candidate may type, and whether the candidate sees the
 * spectators' carets. The Worker's D1 row is the index;
 * this copy is what the object enforces on its sockets without a round trip.
 */
import { z } from "zod";

export const RoomSettingsSchema = z.object({
  roomId: z.string().nullable(),
  title: z.string(),
  expiresAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  candidateReadOnly: z.boolean(),
  /**
   * The problem on the table, with its per-language starter code (what an empty buffer gets) and its
   * hints as they were when it was picked (revealed one at a time; a later edit of the library does not change them).
   */
  problem: z.object({ slug: z.string(), starter: z.record(z.string(), z.string()), hints: z.array(z.string()).default([]) }).nullable().default(null),
  /** Who the room's runs count against for the runner's fairness and the concurrent-run cap (opaque). */
  tenant: z.string().nullable().default(null),
  /** How many of the tenant's rooms may run code at once: its organisation's quota; null is the deployment's RUNS_ROOMS_PER_TENANT. */
  roomsWithRuns: z.number().int().positive().nullable().default(null),
  /** The organisation the room belongs to, told when the room expires (its webhooks' room.ended); null for anonymous rooms. */
  orgId: z.string().nullable().default(null),
  /** Spectators' awareness (carets) reaches candidates only when the interviewer allows it (spectators.ts). */
  spectatorsVisible: z.boolean().default(false),
  /** The organisation's record retention in days when the room was created (capped by the deployment's: record/retention.ts). */
  retentionDays: z.number().int().positive().nullable().default(null),
  /** The room's spectators may read its record (the interviewer grants it). */
  recordSpectators: z.boolean().default(false),
});
export type RoomSettings = z.infer<typeof RoomSettingsSchema>;

const DEFAULTS: RoomSettings = { roomId: null, title: "", expiresAt: null, endedAt: null, candidateReadOnly: false, problem: null, tenant: null, roomsWithRuns: null, orgId: null, spectatorsVisible: false, retentionDays: null, recordSpectators: false };

export class SettingsStore {
  readonly #sql: SqlStorage;
  #current: RoomSettings;

  constructor(sql: SqlStorage) {
    this.#sql = sql;
    const row = sql.exec<{ value: string }>("SELECT value FROM settings WHERE id = 1").toArray()[0];
    this.#current = row ? RoomSettingsSchema.parse(JSON.parse(row.value)) : { ...DEFAULTS };
  }

  get(): RoomSettings {
    return this.#current;
  }

  update(patch: Partial<RoomSettings>): RoomSettings {
    this.#current = RoomSettingsSchema.parse({ ...this.#current, ...patch });
    this.#sql.exec("INSERT OR REPLACE INTO settings (id, value) VALUES (1, ?)", JSON.stringify(this.#current));
    return this.#current;
  }

  /** Closed to new connections: ended by the interviewer, or past expiry. */
  closedReason(now = Date.now()): string | null {
    if (this.#current.endedAt !== null) return "this interview has ended";
    if (this.#current.expiresAt !== null && this.#current.expiresAt <= now) return "this room has expired";
    return null;
  }
}
