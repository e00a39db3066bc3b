/** Request and response bodies (contracts/route-bodies.ts) of the routes in ./record-routes.ts, under the same names. */
import { type Bodies, bodies } from "./bodies";
import { CodeAtResponseSchema, DeleteRecordResponseSchema, EraseCandidateResponseSchema, EraseCandidateSchema, RecordAccessSchema, RecordResponseSchema, SignalsResponseSchema, SignalsSchema } from "./record";
import type { RECORD_ROUTES } from "./record-routes";

export const RECORD_ROUTE_BODIES = {
  record: bodies(null, RecordResponseSchema),
  recordCode: bodies(null, CodeAtResponseSchema),
  signals: bodies(SignalsSchema, SignalsResponseSchema),
  recordAccess: bodies(RecordAccessSchema, RecordAccessSchema),
  deleteRecord: bodies(null, DeleteRecordResponseSchema),
  eraseCandidate: bodies(EraseCandidateSchema, EraseCandidateResponseSchema),
} as const satisfies Record<keyof typeof RECORD_ROUTES, Bodies>;
