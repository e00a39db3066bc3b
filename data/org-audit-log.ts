/** Reading an organisation's audit log (written by `orgAudit`, ./orgs.ts): newest first, a page at a time. */
import { and, desc, eq, lt, or } from "drizzle-orm";
import type { Db } from "./db";
import { orgAudit } from "./schema";

export interface OrgAuditRow {
  id: number;
  ts: number;
  actor: { userId: string; name: string };
  action: string;
  detail: Record<string, unknown> | null;
}

const columns = { id: orgAudit.id, ts: orgAudit.ts, actorId: orgAudit.actorId, actorName: orgAudit.actorName, action: orgAudit.action, detail: orgAudit.detail };

function entry(r: { id: number; ts: number; actorId: string; actorName: string; action: string; detail: Record<string, unknown> | null }): OrgAuditRow {
  return { id: r.id, ts: r.ts, actor: { userId: r.actorId, name: r.actorName }, action: r.action, detail: r.detail };
}

/** Where a page starts: entries before the moment `before`, or — with `beforeId` — before that entry of it. */
export interface OrgAuditCursor {
  before?: number;
  beforeId?: number;
}

/**
 * Up to `limit` entries from the cursor back, newest first (by time, then by entry), and the cursor
 * of the next page: null when there is none. The cursor names the last entry, not only its
 * millisecond, so entries sharing a millisecond across a page's edge are neither lost nor repeated.
 */
export async function orgAuditPage(d: Db, orgId: string, cursor: OrgAuditCursor, limit: number): Promise<{ entries: OrgAuditRow[]; next: { before: number; beforeId: number } | null }> {
  const { before, beforeId } = cursor;
  const from = before === undefined ? undefined
    : beforeId === undefined ? lt(orgAudit.ts, before)
    : or(lt(orgAudit.ts, before), and(eq(orgAudit.ts, before), lt(orgAudit.id, beforeId)));
  const rows = await d
    .select(columns)
    .from(orgAudit)
    .where(and(eq(orgAudit.organizationId, orgId), from))
    .orderBy(desc(orgAudit.ts), desc(orgAudit.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { entries: page.map(entry), next: rows.length > limit ? { before: last.ts, beforeId: last.id } : null };
}

/** The entries one account made, in every organisation, oldest first (their data export). */
export async function orgAuditBy(d: Db, userId: string, limit: number) {
  const rows = await d.select({ ...columns, orgId: orgAudit.organizationId }).from(orgAudit).where(eq(orgAudit.actorId, userId)).orderBy(orgAudit.id).limit(limit);
  return rows.map((r) => ({ ...entry(r), orgId: r.orgId }));
}
