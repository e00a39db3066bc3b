/**
 * Everyone in a room gets a different caret colour, the same on every screen: people are ordered by
 * when they arrived (the ARRIVAL_FIELD each client publishes once; a client that does not publish
 * it, e.g. a stock Yjs editor, comes after those that do, by client id) and take the palette in
 * that order. A hash of the user id (what the Worker's `user.color` is) gave two people one colour.
 * One person in two tabs is one person: one colour, arriving with their first tab.
 */
import type { Awareness } from "y-protocols/awareness";
import { ARRIVAL_FIELD } from "../../../contracts/cursor";

/** Distinct hues, each dark enough for white label text (≥ 4.5:1). */
export const CURSOR_PALETTE = ["#1f5fbf", "#b3261e", "#1d7a3a", "#8a3ab9", "#a8540a", "#0b6b80", "#b0246c", "#5b5bd6", "#6b6b00", "#7a4f2a"];

export interface Arrival { clientId: number; key: string; since: number }

/** key → colour, by order of arrival among the entries given. */
export function colorsByArrival(entries: readonly Arrival[]): Map<string, string> {
  const first = new Map<string, Arrival>();
  for (const e of entries) {
    const seen = first.get(e.key);
    if (!seen || e.since < seen.since || (e.since === seen.since && e.clientId < seen.clientId)) first.set(e.key, e);
  }
  const order = [...first.values()].sort((a, b) => a.since - b.since || a.clientId - b.clientId);
  return new Map(order.map((e, i) => [e.key, CURSOR_PALETTE[i % CURSOR_PALETTE.length]]));
}

/** Who a client is, for colouring: their user id, or the client itself when it has none. */
export function personKey(clientId: number, state: unknown): string {
  const userId = (state as { user?: { userId?: unknown } } | null)?.user?.userId;
  return typeof userId === "string" ? `user:${userId}` : `client:${clientId}`;
}

function arrivals(awareness: Awareness): Arrival[] {
  const entries: Arrival[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const since = (state as Record<string, unknown>)[ARRIVAL_FIELD];
    entries.push({ clientId, key: personKey(clientId, state), since: typeof since === "number" && Number.isFinite(since) ? since : Number.MAX_VALUE });
  });
  return entries;
}

/** Every current participant's colour, keyed by client id (carets). */
export function cursorColors(awareness: Awareness): Map<number, string> {
  const entries = arrivals(awareness);
  const byKey = colorsByArrival(entries);
  return new Map(entries.map((e) => [e.clientId, byKey.get(e.key)!]));
}

/** Every person's colour, keyed by user id: what a list of people should show beside the carets. */
export function personColors(awareness: Awareness): Map<string, string> {
  const byKey = colorsByArrival(arrivals(awareness));
  return new Map([...byKey].filter(([key]) => key.startsWith("user:")).map(([key, color]) => [key.slice(5), color]));
}
