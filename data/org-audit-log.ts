/** Reading an organisation's audit log (written by `orgAudit`, ./orgs.ts): newest first, a page at a time. */
import { and, desc, eq, lt } from "drizzle-orm";
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

/**
 * Up to `limit` entries older than `before` (a timestamp), and the `before` of the next page (null
 * when there is none). A page never ends inside a millisecond that has more entries: it stops before
 * that millisecond, and the next page starts with it — unless one millisecond alone overflows a page.
 */
export async function orgAuditPage(d: Db, orgId: string, before: number | undefined, limit: number): Promise<{ entries: OrgAuditRow[]; nextBefore: number | null }> {
  const rows = await d
    .select(columns)
    .from(orgAudit)
    .where(and(eq(orgAudit.organizationId, orgId), before === undefined ? undefined : lt(orgAudit.ts, before)))
    .orderBy(desc(orgAudit.ts), desc(orgAudit.id))
    .limit(limit + 1);
  if (rows.length <= limit) return { entries: rows.map(entry), nextBefore: null };
  const page = rows.slice(0, limit);
  const lastTs = page[limit - 1].ts;
  if (rows[limit].ts !== lastTs) return { entries: page.map(entry), nextBefore: lastTs };
  const whole = page.filter((r) => r.ts !== lastTs);
  if (whole.length === 0) return { entries: page.map(entry), nextBefore: lastTs };
  return { entries: whole.map(entry), nextBefore: lastTs + 1 };
}

/** The entries one account made, in every organisation, oldest first (their data export). */
export async function orgAuditBy(d: Db, userId: string, limit: number) {
  const rows = await d.select({ ...columns, orgId: orgAudit.organizationId }).from(orgAudit).where(eq(orgAudit.actorId, userId)).orderBy(orgAudit.id).limit(limit);
  return rows.map((r) => ({ ...entry(r), orgId: r.orgId }));
}
