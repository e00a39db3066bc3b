/**
 * Awareness policy, kept pure so it can be tested without a runtime. The Room keeps no Awareness
 * instance (y-protocols' class runs a setInterval, which would stop the object from hibernating);
 * each socket's clients live in its attachment, and this module decides what a socket may say.
 */
import { PRESENCE_FIELD, PRESENCE_RECONNECTING } from "../../contracts/cursor";
import { MAX_AWARENESS_CLIENTS_PER_SOCKET, MAX_AWARENESS_STATE_BYTES, type Identity } from "../../contracts/wire";
import { cleanCarets } from "./awareness-fields";
import type { AwarenessEntry } from "./frames";

export type ClientStates = Record<string, { clock: number; state: string | null }>;

export interface Owner {
  userId: string;
  /** The owner's latest clock for the client id. */
  clock: number;
  /** Gives the client id up: the same user reconnected on a new socket before the old one closed. */
  release(clientId: number): void;
}

export interface AwarenessResult {
  accepted: AwarenessEntry[];
  denied: string | null;
  /**
   * For the sender alone: its own client ids that peers hold at a newer clock than it sent (its
   * earlier socket's state, marked reconnecting or removed), as a removal at that clock. A y-protocols
   * client answers a removal of its own live state by re-announcing it one clock later, which peers take.
   */
  behind: AwarenessEntry[];
}

/**
 * Applies a socket's awareness entries to its own client states (mutated in place).
 *
 * Stock y-websocket providers re-broadcast every awareness change they receive, so a socket
 * routinely sends entries for other people's clients at clocks the room already has: those
 * relays are dropped silently. A *newer* clock for a client id that another participant owns is
 * an attempt to move or remove their cursor, and is refused with a permission-denied message.
 */
export function applyAwareness(
  entries: AwarenessEntry[],
  own: ClientStates,
  identity: Identity,
  ownerOf: (clientId: number) => Owner | undefined,
): AwarenessResult {
  const accepted: AwarenessEntry[] = [];
  const behind: AwarenessEntry[] = [];
  let denied: string | null = null;
  for (const entry of entries) {
    const key = String(entry.clientId);
    const mine = own[key];
    if (!mine) {
      const owner = ownerOf(entry.clientId);
      const ownsNothing = Object.keys(own).length < MAX_AWARENESS_CLIENTS_PER_SOCKET;
      if (owner && owner.userId === identity.userId && ownsNothing) {
        owner.release(entry.clientId); // the same person, reconnected: the new socket takes over
        if (entry.state !== null && entry.clock <= owner.clock) behind.push({ clientId: entry.clientId, clock: owner.clock, state: null });
      } else if (owner) {
        if (entry.clock > owner.clock) denied = `awareness client ${entry.clientId} belongs to another participant`;
        continue;
      } else if (entry.state === null || !ownsNothing) {
        continue; // a relayed departure, or a relay of a client that already left
      }
    } else if (entry.clock < mine.clock) {
      continue; // stale: an older state overtaken by a newer one
    }
    if (entry.state !== null && entry.state.length > MAX_AWARENESS_STATE_BYTES) {
      denied = `awareness state over ${MAX_AWARENESS_STATE_BYTES} bytes`;
      continue;
    }
    const state = entry.state === null ? null : stampIdentity(entry.state, identity);
    if (entry.state !== null && state === null) {
      denied = "awareness state must be a JSON object";
      continue;
    }
    accepted.push({ clientId: entry.clientId, clock: entry.clock, state });
    if (state === null) delete own[key];
    else own[key] = { clock: entry.clock, state };
  }
  return { accepted, denied, behind };
}

/**
 * Overwrites `user` with who the token says this is (clients choose cursors, never names or
 * roles) and drops caret fields that would not decode as relative positions.
 */
export function stampIdentity(json: string, identity: Identity): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return null;
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) return null;
  const state = parsed as Record<string, unknown>;
  const user = state.user !== null && typeof state.user === "object" && !Array.isArray(state.user) ? state.user : {};
  state.user = { ...user, name: identity.name, color: identity.color, role: identity.role, userId: identity.userId };
  delete state[PRESENCE_FIELD]; // the room's word on the connection, never the client's
  cleanCarets(state);
  return JSON.stringify(state);
}

/** The entries announcing that every client of a closing socket left (clock bumped so peers apply it). */
export function departures(own: ClientStates): AwarenessEntry[] {
  return Object.entries(own).map(([id, s]) => ({ clientId: Number(id), clock: s.clock + 1, state: null }));
}

/**
 * Marks (or unmarks) a silent socket's clients as reconnecting, in place: each known state gets
 * PRESENCE_FIELD set (or removed) at the next clock, so peers apply it. Returns the entries to relay.
 * (A state kept as null, too big to survive hibernation, is left alone: peers keep what they have.)
 */
export function markReconnecting(own: ClientStates, reconnecting: boolean): AwarenessEntry[] {
  const changed: AwarenessEntry[] = [];
  for (const [id, s] of Object.entries(own)) {
    if (s.state === null) continue;
    const state = JSON.parse(s.state) as Record<string, unknown>;
    if ((state[PRESENCE_FIELD] === PRESENCE_RECONNECTING) === reconnecting) continue;
    if (reconnecting) state[PRESENCE_FIELD] = PRESENCE_RECONNECTING;
    else delete state[PRESENCE_FIELD];
    own[id] = { clock: s.clock + 1, state: JSON.stringify(state) };
    changed.push({ clientId: Number(id), ...own[id] });
  }
  return changed;
}

