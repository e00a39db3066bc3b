/**
 * The browser's durable room session (DESIGN.md, session model): one HttpOnly cookie per room,
 * scoped to that room's API (`Path=/api/rooms/<roomId>`), so a reload or a new tab re-enters the
 * room without the link, page scripts never see the token, and it never appears in a URL or a log.
 * It holds the same signed session token a Bearer header would carry; session() verifies it alike.
 *
 * Secure everywhere but a plain-http loopback dev server (`npm start`, wrangler dev), where a Secure
 * cookie would be refused by browsers other than Chromium; SameSite=Lax keeps other sites' pages
 * from sending it with their requests (and session() still wants Origin and the CSRF header).
 */
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import type { AppEnv } from "../app-env";

/** One name for every room: the path tells the rooms apart (room ids have no "/"). */
export const ROOM_COOKIE = "duet-room";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

function cookiePath(roomId: string): string {
  return `/api/rooms/${encodeURIComponent(roomId)}`;
}

function secure(c: Context<AppEnv>): boolean {
  const url = new URL(c.req.url);
  return !(url.protocol === "http:" && LOOPBACK.has(url.hostname));
}

/** Sets the room's cookie to `token` until `expiresAt` (ms since the epoch: the session's own expiry). */
export function setRoomCookie(c: Context<AppEnv>, roomId: string, token: string, expiresAt: number): void {
  const maxAge = Math.max(0, Math.floor((expiresAt - Date.now()) / 1000));
  setCookie(c, ROOM_COOKIE, token, { path: cookiePath(roomId), httpOnly: true, sameSite: "Lax", secure: secure(c), maxAge });
}

/** The room session token this request's cookie carries for `roomId`, if any (not yet verified). */
export function readRoomCookie(c: Context<AppEnv>, roomId: string): string | null {
  // Only this room's cookie is sent to its path; session() still checks the token's room.
  if (!c.req.path.startsWith(`${cookiePath(roomId)}/`) && c.req.path !== cookiePath(roomId)) return null;
  const value = getCookie(c, ROOM_COOKIE);
  return value ? value : null;
}

/** Tells the browser to forget the room's cookie (leaving, forgetting the room, a session that no longer works). */
export function clearRoomCookie(c: Context<AppEnv>, roomId: string): void {
  deleteCookie(c, ROOM_COOKIE, { path: cookiePath(roomId), httpOnly: true, sameSite: "Lax", secure: secure(c) });
}
