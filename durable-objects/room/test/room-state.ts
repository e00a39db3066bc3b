/** What a room holds, read from outside: each doc's state vector (over RPC) and the length of its update log. */
import { env, runInDurableObject } from "cloudflare:test";

export interface RoomState {
  stateVectors: Record<string, number[]>;
  logged: number;
}

export const stubOf = (room: string) => env.ROOM.get(env.ROOM.idFromName(room));

export async function roomState(room: string): Promise<RoomState> {
  const stub = stubOf(room);
  const svs = (await stub.stateVectors()) as unknown as Record<string, Uint8Array>;
  const logged = await runInDurableObject(stub, (_i, state) =>
    state.storage.sql.exec<{ n: number }>("SELECT COUNT(*) AS n FROM (SELECT DISTINCT doc, seq FROM updates)").one().n,
  );
  return { stateVectors: Object.fromEntries(Object.entries(svs).map(([doc, sv]) => [doc, [...sv]])), logged };
}
