/**
 * How long a room's record is kept after the room ended or expired: its organisation's setting,
 * never longer than the deployment's RECORD_RETENTION_DAYS (30 days when unset). The Room sets its
 * deletion deadline by it; the Worker makes interviewers' room sessions last as long.
 */
export const DAY_MS = 24 * 3600_000;
export const DEFAULT_RECORD_RETENTION_DAYS = 30;

export function retentionCapDays(env: { RECORD_RETENTION_DAYS?: string }): number {
  const days = Number(env.RECORD_RETENTION_DAYS);
  return Number.isFinite(days) && days > 0 ? days : DEFAULT_RECORD_RETENTION_DAYS;
}

/** When the record of a room closed at `closedAt` is deleted. */
export function deleteAt(env: { RECORD_RETENTION_DAYS?: string }, orgDays: number | null, closedAt: number): number {
  const cap = retentionCapDays(env);
  return closedAt + Math.min(orgDays ?? cap, cap) * DAY_MS;
}
