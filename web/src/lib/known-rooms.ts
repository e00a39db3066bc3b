/**
 * The rooms this browser created or joined, for "Your interviews" without an account: an index in
 * localStorage of what is not secret (room id, title, role, when). The way back in is the room's
 * HttpOnly cookie, which scripts never see; the landing page asks the server (GET …/session) what
 * each entry still is, and drops the ones this browser no longer has a session in.
 */
import type { Role } from "../../../contracts/wire";

export interface KnownRoom { roomId: string; title: string; role: Role; at: number }

const KEY = "duet:rooms";
/** Enough for anyone's recent interviews; the oldest go first. */
const MAX_ROOMS = 50;

export function knownRooms(): KnownRoom[] {
  try {
    const parsed = JSON.parse(localStorage.getItem(KEY) ?? "[]") as unknown;
    return Array.isArray(parsed) ? parsed.filter(isKnownRoom) : [];
  } catch {
    return [];
  }
}

function isKnownRoom(r: unknown): r is KnownRoom {
  const o = r as Partial<KnownRoom> | null;
  return !!o && typeof o.roomId === "string" && typeof o.title === "string" && typeof o.role === "string" && typeof o.at === "number";
}

function save(rooms: KnownRoom[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(rooms.slice(0, MAX_ROOMS)));
  } catch {
    // storage disabled: the list is empty, the cookie still lets this browser back in
  }
}

/** Puts the room first in the list (joined or entered again: it is recent). */
export function rememberRoom(room: Omit<KnownRoom, "at">, at = Date.now()): void {
  save([{ ...room, at }, ...knownRooms().filter((r) => r.roomId !== room.roomId)]);
}

export function forgetKnownRoom(roomId: string): void {
  save(knownRooms().filter((r) => r.roomId !== roomId));
}
