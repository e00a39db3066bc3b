/**
 * Tokens in the browser. The invite token arrives in the URL fragment (never sent to a server);
 * we move it into sessionStorage and strip it from the address bar at once, so it does not end up
 * in history, bookmarks or screen shares. After joining, only the session token is kept, per room.
 */
import type { Identity } from "../../../contracts/wire";

export interface Session { token: string; identity: Identity; title: string }

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
  set(key("session", roomId), JSON.stringify(s));
  set(key("invite", roomId), null);
}

export function clearSession(roomId: string): void {
  set(key("session", roomId), null);
}

/** Forgets this tab's room sessions of account `userId` when it signs out here: they were its way back into those rooms. */
export function clearSessionsOf(userId: string): void {
  const prefix = key("session", "");
  try {
    for (const k of Object.keys(sessionStorage)) {
      if (k.startsWith(prefix) && loadSession(k.slice(prefix.length))?.identity.userId === userId) sessionStorage.removeItem(k);
    }
  } catch {
    // storage disabled: nothing was kept
  }
}

/**
 * Coming back through the same link: the last session this browser got from it, kept across tabs
 * and restarts (localStorage, per room and link), is sent as `resume` when joining again, so the
 * participant keeps their identity (an interviewer's scorecard, their authorship in the record).
 * Whoever opens the link in this browser profile gets it back: the link itself is the key anyway.
 */
export interface Resume { token: string; name: string }

/** The link's invite id (`jti`) from the token's payload; the server checks the signature, not us. */
export function inviteIdOf(invite: string): string | null {
  try {
    const json = atob(invite.split(".")[0].replace(/-/g, "+").replace(/_/g, "/"));
    const jti = (JSON.parse(json) as { jti?: unknown }).jti;
    return typeof jti === "string" ? jti : null;
  } catch {
    return null;
  }
}

const resumeKey = (roomId: string, invite: string) => {
  const id = inviteIdOf(invite);
  return id ? `duet:resume:${roomId}:${id}` : null;
};

export function loadResume(roomId: string, invite: string): Resume | null {
  const k = resumeKey(roomId, invite);
  try {
    const raw = k ? localStorage.getItem(k) : null;
    const r = raw ? (JSON.parse(raw) as Resume) : null;
    return r && typeof r.token === "string" && typeof r.name === "string" ? r : null;
  } catch {
    return null;
  }
}

export function saveResume(roomId: string, invite: string, r: Resume | null): void {
  const k = resumeKey(roomId, invite);
  if (!k) return;
  try {
    if (r) localStorage.setItem(k, JSON.stringify(r));
    else localStorage.removeItem(k);
  } catch {
    // storage disabled: joining again makes a new participant
  }
}

/** The creator's three links, kept in this tab so the interviewer can copy them again. */
export function saveLinks(roomId: string, links: Record<string, string>): void {
  set(key("links", roomId), JSON.stringify(links));
}
export function loadLinks(roomId: string): Record<string, string> | null {
  const raw = get(key("links", roomId));
  return raw ? (JSON.parse(raw) as Record<string, string>) : null;
}
