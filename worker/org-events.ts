/**
 * An organisation's events (room created, candidate joined, …) for its webhooks. The Worker hands
 * each one to the organisation's Durable Object (durable-objects/org/), which queues and sends it:
 *
 *   c.executionCtx.waitUntil(emitOrgEvent(c.env, room.orgId, "room.ended", { … }))
 *
 * so the answer never waits for it, and the promise never rejects: a webhook's trouble is logged,
 * never the room operation's failure. A room without an organisation has nobody to tell.
 */
import { log } from "../contracts/log";
import type { OrgEvent, OrgEventData, OrgEventType } from "../contracts/webhooks";

export function orgEventsStub(env: Env, orgId: string) {
  return env.ORG_EVENTS.get(env.ORG_EVENTS.idFromName(orgId));
}

export async function emitOrgEvent<T extends OrgEventType>(env: Env, orgId: string | null, type: T, data: OrgEventData<T>): Promise<void> {
  if (!orgId) return;
  const event = { id: `evt_${crypto.randomUUID()}`, type, createdAt: Date.now(), orgId, data } as OrgEvent;
  try {
    await orgEventsStub(env, orgId).emit(event);
  } catch (e) {
    log("error", "org_event_failed", { orgId, type, error: String(e) });
  }
}
