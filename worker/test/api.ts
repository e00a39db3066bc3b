/** Test helpers for the HTTP API: create a room, join through a link, call a command. */
import { SELF } from "cloudflare:test";
import type { CreateRoomResponse, JoinResponse } from "../../contracts/api";
import type { Role } from "../../contracts/wire";
import { pathTo, ROUTES } from "../../contracts/routes";

export const BASE = "http://duet.test";

export function call(path: string, init: { method?: string; token?: string; body?: unknown; ip?: string; rawBody?: string } = {}) {
  // Cloudflare's client address: read only in production (worker/client-address.ts)
  const headers: Record<string, string> = init.ip ? { "CF-Connecting-IP": init.ip } : {};
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined || init.rawBody !== undefined) headers["Content-Type"] = "application/json";
  return SELF.fetch(`${BASE}${path}`, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? "POST" : "GET"),
    headers,
    body: init.rawBody ?? (init.body !== undefined ? JSON.stringify(init.body) : undefined),
  });
}

export function tokenOf(link: string): string {
  return new URL(link).hash.replace(/^#token=/, "");
}

export async function createRoom(body: unknown = { title: "Two Sum" }): Promise<CreateRoomResponse> {
  const res = await call(pathTo(ROUTES.createRoom), { body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  return res.json();
}

export async function join(room: CreateRoomResponse, role: Role, name: string): Promise<JoinResponse> {
  const res = await call(pathTo(ROUTES.join, { roomId: room.roomId }), { token: tokenOf(room.links[role]), body: { name } });
  if (res.status !== 200) throw new Error(`join failed: ${res.status} ${await res.text()}`);
  return res.json();
}

/** A room with an interviewer, a candidate and a spectator who have all joined. */
export async function staffedRoom() {
  const room = await createRoom();
  const [interviewer, candidate, spectator] = await Promise.all([
    join(room, "interviewer", "Ivy"),
    join(room, "candidate", "Cam"),
    join(room, "spectator", "Sam"),
  ]);
  return { room, interviewer, candidate, spectator };
}
