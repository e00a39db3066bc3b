/**
 * This browser's durable session in a room (the HttpOnly cookie the join set): who it is there and
 * whether the room is live, ended or expired (`GET …/session`), and forgetting it (`DELETE`).
 * No token is sent: the cookie is the credential, or a tab's own token when it has one.
 */
import type { RoomSessionResponse } from "../../../contracts/room-session";
import { api } from "./api";
import { forgetKnownRoom, knownRooms } from "./known-rooms";

export const RoomSessionApi = {
  /** Null when this browser has no session in the room (never joined it here, or forgot it). */
  get: async (roomId: string, token?: string): Promise<RoomSessionResponse | null> => {
    const s = await api("roomSession", { roomId }, { token });
    return s.status === "none" ? null : s;
  },
  forget: (roomId: string) => api("forgetRoomSession", { roomId }),
};

/** Clears the cookies of the rooms this browser knows that are sessions of account `userId` (it signs out here). */
export async function forgetRoomCookiesOf(userId: string): Promise<void> {
  await Promise.all(knownRooms().map(async ({ roomId }) => {
    const s = await RoomSessionApi.get(roomId).catch(() => null);
    if (s?.identity.userId !== userId) return;
    await RoomSessionApi.forget(roomId).catch(() => {});
    forgetKnownRoom(roomId);
  }));
}
