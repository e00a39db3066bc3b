/** Every attempt of every delivery, in the organisation object's SQLite (schema.ts). */
import type { DeliveryAttempt } from "../../contracts/webhooks";

export class AttemptLog {
  constructor(private readonly sql: SqlStorage) {}

  record(deliveryId: string, n: number, a: DeliveryAttempt): void {
    this.sql.exec(
      "INSERT OR REPLACE INTO attempts (delivery_id, n, at, http_status, error, duration_ms) VALUES (?, ?, ?, ?, ?, ?)",
      deliveryId, n, a.at, a.httpStatus, a.error, a.durationMs,
    );
  }

  /** Each delivery's attempts, oldest first; a delivery never tried has none. */
  historyOf(deliveryIds: readonly string[]): Record<string, DeliveryAttempt[]> {
    const history: Record<string, DeliveryAttempt[]> = Object.fromEntries(deliveryIds.map((id) => [id, []]));
    if (deliveryIds.length === 0) return history;
    const rows = this.sql.exec<{ delivery_id: string; at: number; http_status: number | null; error: string | null; duration_ms: number }>(
      `SELECT delivery_id, at, http_status, error, duration_ms FROM attempts
       WHERE delivery_id IN (SELECT value FROM json_each(?)) ORDER BY delivery_id, n`,
      JSON.stringify(deliveryIds),
    );
    for (const r of rows) history[r.delivery_id]?.push({ at: r.at, httpStatus: r.http_status, error: r.error, durationMs: r.duration_ms });
    return history;
  }
}
