/**
 * What the Room object may ask of D1, and nothing more: the Room is given this interface (built
 * from its D1 binding) instead of importing queries, so what spans rooms stays behind one seam.
 */
import { audit, type AuditEntry } from "./audit";
import { db } from "./db";
import { eraseRoomRecord } from "./record-erasure";
import { parseOwnProblemRef } from "../contracts/own-problems";
import { loadOwnJudgeProblem } from "./own-problems";
import { loadJudgeProblem, recordSubmission, type LoadedProblem, type SubmissionRecord } from "./problems";

export interface RoomData {
  audit(entry: AuditEntry): Promise<void>;
  /** Everything needed to judge a problem, or null when there is no such problem; an own problem's ref names the very version the room was given, never a later edit. */
  judgeProblem(slug: string): Promise<LoadedProblem | null>;
  /** Records a judged submission; returns its id. */
  recordSubmission(submission: SubmissionRecord): Promise<string>;
  /** The room's record leaves D1 (retention over, or deleted): submissions, audit names, title. */
  eraseRecord(roomId: string): Promise<void>;
}

export function roomData(d1: D1Database): RoomData {
  const d = db(d1);
  return {
    audit: (entry) => audit(d, entry),
    judgeProblem: (slug) => (parseOwnProblemRef(slug) ? loadOwnJudgeProblem(d, slug) : loadJudgeProblem(d, slug)),
    recordSubmission: (submission) => recordSubmission(d, submission),
    eraseRecord: (roomId) => eraseRoomRecord(d, roomId),
  };
}
