/** Routes of the table (contracts/routes.ts) for the interview record (worker/routes/record.ts). No zod here, as in routes.ts. */
import type { Route } from "./routes";

const room = "/api/rooms/:roomId";

export const RECORD_ROUTES = {
  /** The timeline, a page at a time (`?after=<seq>&limit=<n>`), for the room's interviewers and the organisation's reviewers and admins. */
  record: { method: "GET", path: `${room}/record` },
  /** Every buffer as it stood at `?t=<ms>`, with who wrote each stretch. */
  recordCode: { method: "GET", path: `${room}/record/code` },
  /** A participant's integrity signals (paste, blur/focus, hidden/visible), batched: their claims, never facts. */
  signals: { method: "POST", path: `${room}/signals` },
  /** Whether the room's spectators may read the record (interviewers grant it). */
  recordAccess: { method: "POST", path: `${room}/record-access` },
  /** Deletes the record now: the Room's storage, the room's submissions, the names in its audit rows. */
  deleteRecord: { method: "DELETE", path: `${room}/record` },
  /** An organisation's admin deletes every record of a named candidate (an erasure request): each room they joined as candidate. */
  eraseCandidate: { method: "POST", path: "/api/orgs/:orgId/erasures" },
} as const satisfies Record<string, Route>;
