/**
 * Who reads which scorecards (the record's export applies the same rule, worker/routes/record-export.ts):
 * an interviewer their own card (draft or not) and, once theirs is submitted, the others'
 * submitted ones; the organisation's reviewers and admins every submitted card; a spectator none.
 * Nobody but its author ever reads a draft.
 */
import type { ScorecardResponse } from "../contracts/scorecards";
import type { Db } from "../data/db";
import { cardsOf, roomRubric } from "../data/scorecards";
import type { RecordReaderInfo } from "./app-env";

type Reader = Pick<RecordReaderInfo, "room" | "userId" | "access">;

export async function scorecardView(d: Db, reader: Reader): Promise<ScorecardResponse> {
  const [rubric, cards] = await Promise.all([roomRubric(d, reader.room), cardsOf(d, reader.room.id)]);
  const interviewer = reader.access === "interviewer";
  const mine = interviewer ? (cards.find((c) => c.userId === reader.userId) ?? null) : null;
  const submitted = cards.filter((c) => c.submittedAt !== null && c !== mine);
  const sealed = interviewer && mine?.submittedAt == null;
  return {
    rubric,
    mine,
    others: sealed || reader.access === "spectator" ? [] : submitted,
    sealed,
    submittedCount: submitted.length,
    canWrite: interviewer && mine?.submittedAt == null,
    rubricLocked: cards.some((c) => c.submittedAt !== null),
  };
}
