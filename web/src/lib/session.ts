/**
 * Tokens in the browser. The invite token arrives in the URL fragment (never sent to a server);
 * we move it into sessionStorage and strip it from the address bar at once, so it does not end up
 * in history, bookmarks or screen shares. After joining, only the session token is kept, per room
 * and tab; the room's HttpOnly cookie, which the join also set, outlives the tab.
 */
import type { Identity } from "../../../contracts/wire";
import { rememberRoom } from "./known-rooms";
import { forgetRoomCookiesOf } from "./room-session-api";

export interface Session { token: string; identity: Identity; title: string }

/**
 * A session's `token` when the room's HttpOnly cookie carries it (a reload, a new tab, a browser
 * restart: worker/auth/room-cookie.ts): the page has no token, so its calls send no Authorization
 * header and its sockets no `?token=`, and the browser sends the cookie instead.
 */
export const COOKIE_SESSION = "";

const key = (kind: "invite" | "session" | "links", roomId: string) => `duet:${kind}:${roomId}`;

function get(k: string): string | null {
  try {
    return sessionStorage.getItem(k);
  } catch {
    return null;
  }
}
function set(k: string, v: string | null): void {
  try {
    if (v === null) sessionStorage.removeItem(k);
    else sessionStorage.setItem(k, v);
  } catch {
    // storage disabled: the session lasts as long as the page
  }
}

/** Reads `#token=…` (if any) into storage and removes it from the URL. Returns the invite token. */
export function takeInviteFromUrl(roomId: string): string | null {
  const hash = new URLSearchParams(location.hash.slice(1));
  const fromUrl = hash.get("token");
  if (fromUrl) {
    set(key("invite", roomId), fromUrl);
    history.replaceState(history.state, "", location.pathname + location.search);
  }
  return get(key("invite", roomId));
}

export function loadSession(roomId: string): Session | null {
  const raw = get(key("session", roomId));
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Session;
  } catch {
    return null;
  }
}

export function saveSession(roomId: string, s: Session): void {
  if (s.token !== COOKIE_SESSION) set(key("session", roomId), JSON.stringify(s));
  set(key("invite", roomId), null);
  rememberRoom({ roomId, title: s.title, role: s.identity.role });
}

export function clearSession(roomId: string): void {
  set(key("session", roomId), null);
}

/**
 * Forgets this browser's room sessions of account `userId` when it signs out here — this tab's and
 * the rooms' cookies: they were its way back into those rooms, not to be left to the next person here.
 */
export async function clearSessionsOf(userId: string): Promise<void> {
  const prefix = key("session", "");
  try {
    for (const k of Object.keys(sessionStorage)) {
      if (k.startsWith(prefix) && loadSession(k.slice(prefix.length))?.identity.userId === userId) sessionStorage.removeItem(k);
    }
  } catch {
    // storage disabled: nothing was kept
  }
  await forgetRoomCookiesOf(userId);
}

/** The creator's three links, kept in this tab so the interviewer can copy them again. */
export function saveLinks(roomId: string, links: Record<string, string>): void {
  set(key("links", roomId), JSON.stringify(links));
}
export function loadLinks(roomId: string): Record<string, string> | null {
  const raw = get(key("links", roomId));
  return raw ? (JSON.parse(raw) as Record<string, string>) : null;
}
