/**
 * A room session an account gets without a link: by entering (POST …/enter), or when its browser
 * asks who it is in a room it has no session in (GET …/session). The session names the account,
 * so every entry of one account is one participant; no link revokes it, so session() asks
 * accountRoleInRoom again on every request made with it. The browser keeps it as the room's cookie.
 */
import type { Context } from "hono";
import { MAX_ROOM_LIFETIME_MS } from "../../contracts/api";
import type { Role } from "../../contracts/wire";
import type { RoomRow } from "../../data/rooms";
import type { AppEnv } from "../app-env";
import { ACCOUNT_SESSION_PREFIX } from "../middleware/session";
import { setRoomCookie } from "./room-cookie";
import { tokenSecret } from "./secret";
import { signToken } from "./tokens";

export async function accountRoomSession(c: Context<AppEnv>, room: RoomRow, me: { userId: string; name: string }, role: Role): Promise<{ token: string; exp: number }> {
  const exp = room.createdAt + MAX_ROOM_LIFETIME_MS;
  const token = await signToken({ kind: "session", v: 1, rid: room.id, role, jti: `${ACCOUNT_SESSION_PREFIX}${me.userId}`, uid: me.userId, name: me.name, exp }, tokenSecret(c.env));
  setRoomCookie(c, room.id, token, exp);
  return { token, exp };
}
