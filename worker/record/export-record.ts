/**
 * A room's record gathered for export: every page of events the view may read (with the edits'
 * deltas, so the code can be rebuilt from the file alone), the room's facts and, for an
 * interviewer's view, the submitted scorecards; then sealed with the deployment's key.
 */
import { RECORD_PAGE_MAX, type RecordEvent } from "../../contracts/record";
import { sealRecord } from "../../contracts/record-chain";
import type { Scorecard } from "../../contracts/scorecards";
import { RECORD_EXPORT_FORMAT, RECORD_EXPORT_VERSION, type RecordExport, type RecordExportBody } from "../../contracts/record-export";
import type { RoomRow } from "../../data/rooms";
import { HttpError } from "../http-error";
import { roomStub } from "../room-stub";
import { recordKeys } from "./signing-key";

const GONE = "this interview's record was deleted";

export interface ExportInput {
  room: RoomRow;
  view: "interviewer" | "spectator";
  /** The room's submitted scorecards (an interviewer's view; empty for a spectator's). */
  scorecards: Scorecard[];
  /** The events as the exporter may read them (others' recommendations hidden while their own card is a draft: worker/scorecard-seal.ts). */
  seal?: (events: RecordEvent[]) => RecordEvent[];
  now?: number;
}

export async function exportRecord(env: Env, input: ExportInput): Promise<RecordExport> {
  // The key first: a deployment that cannot sign says so before reading a whole record.
  const { signer } = await recordKeys(env);
  const stub = roomStub(env, input.room.id);
  const read = async (after: number) => {
    const page = await stub.recordPage({ after, limit: RECORD_PAGE_MAX, reader: input.view, deltas: true });
    if (!page) throw new HttpError("not_found", GONE);
    return page;
  };
  const events: RecordEvent[] = [];
  let page = await read(0);
  events.push(...page.events);
  while (page.next !== null) {
    page = await read(page.next);
    events.push(...page.events);
  }
  const [status, reviewRuns] = await Promise.all([stub.recordStatus(), stub.reviewRuns()]);
  if (!status) throw new HttpError("not_found", GONE);
  const { room } = input;
  const body: RecordExportBody = {
    format: RECORD_EXPORT_FORMAT,
    version: RECORD_EXPORT_VERSION,
    exportedAt: input.now ?? Date.now(),
    view: input.view,
    room: { id: room.id, title: room.title, orgId: room.orgId, createdAt: room.createdAt, expiresAt: room.expiresAt, endedAt: room.endedAt, deleteAt: status.deleteAt },
    participants: page.participants,
    startedAt: page.startedAt,
    endedAt: status.endedAt,
    events: input.seal ? input.seal(events) : events,
    // Time-travel runs made on the record afterwards: listed apart, never in the chain of the interview's events (and to interviewers only).
    reviewRuns: input.view === "interviewer" ? (reviewRuns ?? []) : [],
    scorecards: input.view === "interviewer" ? input.scorecards : [],
  };
  return sealRecord(body, signer);
}
