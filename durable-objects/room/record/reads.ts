/**
 * What the Worker reads of the interview record over RPC (once it has checked who reads): a page
 * of the timeline, the code at a moment, and the record's status. Edits not yet derived are
 * derived first, so a page is always whole up to now.
 */
import type { CodeAt } from "../../../contracts/record";
import { retentionCapDays } from "../../../contracts/record-retention";
import type { RoomStorage } from "../storage";
import { codeAt } from "./history";
import { recordPage, type RecordPage, type RecordPageQuery } from "./record-page";

export interface RecordStatus {
  spectatorsMayRead: boolean;
  /** How many days the record is kept after the room closes: the retention this room was made with, capped by the deployment's. */
  retentionDays: number;
  endedAt: number | null;
  deleteAt: number | null;
}

export class RecordReads {
  constructor(readonly store: RoomStorage, readonly sql: SqlStorage, readonly env: { RECORD_RETENTION_DAYS?: string }) {}

  page(q: RecordPageQuery): RecordPage {
    this.store.edits.derive();
    return recordPage(this.sql, this.store.events, q);
  }

  codeAt(t: number, opts: { notes: boolean }): CodeAt {
    return codeAt(this.store.log, this.store.owners, t, opts);
  }

  /** The review runs made on the record (time travel), kept apart from the interview's timeline. */
  reviewRuns() {
    return this.store.runs.reviewRuns();
  }

  status(): RecordStatus {
    const { recordSpectators, endedAt, expiresAt, retentionDays } = this.store.settings.get();
    const closedAt = endedAt ?? (expiresAt !== null && expiresAt <= Date.now() ? expiresAt : null);
    const cap = retentionCapDays(this.env);
    return { spectatorsMayRead: recordSpectators, retentionDays: Math.min(retentionDays ?? cap, cap), endedAt: closedAt, deleteAt: this.store.deadlines.get("purge") ?? null };
  }
}
