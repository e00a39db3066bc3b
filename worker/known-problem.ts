import { db } from "../data/db";
import { problemForRoom } from "../data/problems";
import { HttpError } from "./http-error";

/** What a room keeps of a problem (starter code, hints), or 404 before anything is written. */
export async function knownProblem(env: Env, slug: string): Promise<{ slug: string; starter: Record<string, string>; hints: string[] }> {
  const problem = await problemForRoom(db(env.DB), slug);
  if (!problem) throw new HttpError("not_found", `no problem "${slug}"`);
  return problem;
}
