/**
 * Real session tokens for Room tests: there is no tokenless mode, so a test that wants "a
 * candidate named Cam in room r" gets what joining would give it — a D1 row for the room and a
 * session token signed with the test secret, from the Worker's test-only route — and goes
 * through the Worker's checks like any client.
 */
import { SELF } from "cloudflare:test";
import { pathTo, ROUTES } from "../../contracts/routes";
import type { Role } from "../../contracts/wire";

export async function sessionToken(roomId: string, role: Role, userId: string, name: string, inviteId = `test-${role}`): Promise<string> {
  const res = await SELF.fetch(`http://localhost${pathTo(ROUTES.testSession)}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ roomId, role, userId, name, inviteId }),
  });
  if (!res.ok) throw new Error(`test session for ${roomId}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { token: string }).token;
}
