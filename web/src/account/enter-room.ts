/** An account's way into a room without a link (`POST /api/rooms/:roomId/enter`): the session is kept in this tab as after a join, then the room opens. */
import { Api } from "../lib/api";
import { saveSession } from "../lib/session";

export async function enterRoom(roomId: string, navigate: (path: string) => void): Promise<void> {
  const entered = await Api.enter(roomId);
  saveSession(roomId, { token: entered.token, identity: entered.identity, title: entered.room.title });
  navigate(`/r/${roomId}`);
}
