/** The audit log: who did what in which room. Written by the Worker and by the Room object. */
import type { Db } from "./db";
import { auditLog } from "./schema";

export type AuditAction =
  | "room.create" | "room.join" | "room.leave" | "room.end" | "room.extend" | "room.expire"
  | "role.read_only" | "invite.create" | "invite.revoke" | "run.start"
  | "scorecard.submit" | "rubric.set" | "record.delete";

export interface AuditEntry {
  roomId: string;
  actor: { userId: string; name: string };
  action: AuditAction;
  detail?: Record<string, unknown>;
}

export async function audit(d: Db, e: AuditEntry, ts = Date.now()): Promise<void> {
  await d.insert(auditLog).values({
    roomId: e.roomId, ts, actorId: e.actor.userId, actorName: e.actor.name, action: e.action, detail: e.detail ?? null,
  });
}
