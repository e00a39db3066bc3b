/**
 * Real session tokens for Room tests: there is no tokenless mode, so a test that wants "a
 * candidate named Cam in room r" gets what joining would give it — a D1 row for the room (made on
 * first use) and a session token signed with the test secret — and goes through the Worker's
 * checks like any client.
 */
import { env } from "cloudflare:test";
import { MAX_ROOM_LIFETIME_MS } from "../../../contracts/api";
import type { Role } from "../../../contracts/wire";
import { signToken } from "../../../worker/auth/tokens";

const made = new Set<string>();

export async function sessionToken(roomId: string, role: Role, userId: string, name: string, inviteId = `test-${role}`): Promise<string> {
  if (!made.has(roomId)) {
    const now = Date.now();
    await env.DB.prepare("INSERT OR IGNORE INTO rooms (id, title, owner_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
      .bind(roomId, "test room", "test", now, now + MAX_ROOM_LIFETIME_MS)
      .run();
    made.add(roomId);
  }
  const secret = (env as unknown as { TOKEN_SECRET: string }).TOKEN_SECRET;
  return signToken({ kind: "session", v: 1, rid: roomId, role, jti: inviteId, uid: userId, name, exp: Date.now() + MAX_ROOM_LIFETIME_MS }, secret);
}
