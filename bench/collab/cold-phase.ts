/**
 * The loads timed right after `wrangler dev` restarted on the same storage: the big room first
 * (cold object, and the isolate's Yjs code not yet optimised, as after a deploy), then a never-used
 * room (object start-up alone), then the big room again while it is loaded (warm object).
 */
import { timeLoad, timeLoadOnce, type Filled, type LoadTime } from "./coldload";
import type { Server } from "./servers";
import { percentile } from "./stats";

export interface ColdLoads {
  bigCold: LoadTime;
  emptyCold: number;
  /** Median of 5 connects while the room is loaded. */
  bigWarm: number;
}

export async function coldLoads(duet: Server, big: Filled, emptyRoom: string): Promise<ColdLoads> {
  const { client, ...bigCold } = await timeLoad(duet, big.room, big.text);
  try {
    const emptyCold = (await timeLoadOnce(duet, emptyRoom, undefined)).total; // a new room: its starter code only
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await timeLoadOnce(duet, big.room, big.text)).total);
    return { bigCold, emptyCold, bigWarm: percentile(warm, 50) };
  } finally {
    await client.close();
    client.doc.destroy();
  }
}
