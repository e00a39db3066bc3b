import { parseOwnProblemRef, type OwnProblemDraft } from "../contracts/own-problems";
import { db } from "../data/db";
import { ownVersionByRef } from "../data/own-problems";
import { problemForRoom } from "../data/problems";
import { HttpError } from "./http-error";
import { roomMayUse } from "./own-problems/access";

type RoomProblem = { slug: string; starter: Record<string, string>; hints: string[] };

/**
 * What a room keeps of a problem (starter code, hints), or the refusal before anything is written:
 * 404 for no such problem; for a version of an interviewer's own problem, also 404 to a room of
 * another organisation (or account), and 409 until its checks have made it ready. `room`: whose
 * room it is (its organisation, else its owner).
 */
export async function knownProblem(env: Env, slug: string, room: { orgId: string | null; ownerId?: string; userId?: string }): Promise<RoomProblem> {
  if (parseOwnProblemRef(slug)) return knownOwnVersion(env, slug, room);
  const problem = await problemForRoom(db(env.DB), slug);
  if (!problem) throw new HttpError("not_found", `no problem "${slug}"`);
  return problem;
}

async function knownOwnVersion(env: Env, ref: string, room: { orgId: string | null; ownerId?: string; userId?: string }): Promise<RoomProblem> {
  const found = await ownVersionByRef(db(env.DB), ref);
  // A deleted problem is no longer picked; rooms that have it keep judging with their version.
  if (!found || found.problem.deletedAt !== null || !roomMayUse(found.problem, room)) throw new HttpError("not_found", `no problem "${ref}"`);
  const { title, version, status, statusDetail } = found.version;
  if (status === "checking") throw new HttpError("conflict", `"${title}" version ${version} is still being checked on the runner: it can be used once every reference is Accepted and every starter compiles`);
  if (status === "failed") throw new HttpError("conflict", `"${title}" version ${version} failed its checks, so no room can use it: ${statusDetail ?? "see the problem's page"}`);
  return { slug: ref, starter: found.version.starter, hints: (found.version.draft as OwnProblemDraft).hints ?? [] };
}
