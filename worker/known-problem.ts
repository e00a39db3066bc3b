import { db } from "../data/db";
import { problemStarter } from "../data/problems";
import { HttpError } from "./http-error";

/** A problem's starter code for a room, or 404 before anything is written. */
export async function knownProblem(env: Env, slug: string): Promise<{ slug: string; starter: Record<string, string> }> {
  const problem = await problemStarter(db(env.DB), slug);
  if (!problem) throw new HttpError("not_found", `no problem "${slug}"`);
  return problem;
}
