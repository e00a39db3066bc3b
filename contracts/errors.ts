/** Error codes at every HTTP boundary: `{error:{code,message}}` with the matching status. */
import { z } from "zod";

export const ERROR_STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  /** The interviewer made this candidate read-only: they may not change the room (its language). */
  read_only: 403,
  // An invite link that does not let anyone in, one code per reason (contracts/links.ts).
  link_invalid: 401,
  link_revoked: 403,
  link_used: 409,
  room_ended: 403,
  room_expired: 403,
  room_not_found: 404,
  payload_too_large: 413,
  upgrade_required: 426,
  /** The page's contract version is older than the Worker accepts (contracts/wire.ts CONTRACT_VERSION): reload. */
  client_outdated: 426,
  rate_limited: 429,
  internal: 500,
  runner_unavailable: 503,
  /** Every runner container is in use (the deployment's max_instances) and no pool is configured: try again after Retry-After. */
  no_runner_capacity: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const ErrorBodySchema = z.strictObject({
  error: z.strictObject({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
