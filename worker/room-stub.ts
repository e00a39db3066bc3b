/** The Durable Object of a room, by its id (one object per room id). */
export function roomStub(env: Env, roomId: string) {
  return env.ROOM.get(env.ROOM.idFromName(roomId));
}
