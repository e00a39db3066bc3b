// The product's room API from Node, as a browser uses it: create a room (three invite links), join
// with an invite (a session token). Tests, benches and `npm run dev:token` get their tokens here:
// there is no tokenless way into a room.

export const ROLES = ["interviewer", "candidate", "spectator"];

/** The invite token a link carries in its fragment (`…/r/<room>#token=<token>`). */
export function tokenOf(link) {
  return new URL(link).hash.replace(/^#token=/, "");
}

async function post(url, body, token) {
  const headers = { "Content-Type": "application/json" };
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${json?.error?.message ?? ""}`.trim());
  return json;
}

/** `POST /api/rooms` → `{roomId, links, expiresAt}`. */
export function createRoom(baseUrl, body = {}) {
  return post(new URL("/api/rooms", baseUrl), body);
}

/** `POST /api/rooms/:id/join` with an invite token → `{token, identity, room}`. */
export function joinRoom(baseUrl, roomId, inviteToken, name) {
  return post(new URL(`/api/rooms/${roomId}/join`, baseUrl), { name }, inviteToken);
}

/** A participant in `room` (a createRoom answer): joins with the role's invite link. */
export function joinAs(baseUrl, room, role, name = role) {
  return joinRoom(baseUrl, room.roomId, tokenOf(room.links[role]), name);
}
