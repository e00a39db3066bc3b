/**
 * Invite links that explain themselves (issue 15): what a link says before anyone joins through it
 * (`POST …/invite-info`), why one does not work (an error code per case, which the join page turns
 * into a sentence from the catalogue), and who joined through which link.
 */
import { z } from "zod";
import { RoleSchema } from "./wire";

/**
 * Why a link does not let anyone in, each its own error code (contracts/errors.ts): tampered,
 * malformed or another room's (`link_invalid`), revoked by an interviewer, a single-use link
 * another browser used, and the room's own state.
 */
export const LINK_ERROR_CODES = ["link_invalid", "link_revoked", "link_used", "room_ended", "room_expired", "room_not_found"] as const;
export type LinkErrorCode = (typeof LINK_ERROR_CODES)[number];

/** `resume`: the session this browser got through the link before (as in a join), proof that it may come back. */
export const InviteInfoSchema = z.strictObject({ resume: z.string().min(1).max(2048).optional() });

/**
 * What the link leads to: the interview's title and the role it gives. `open`: anyone holding it may
 * join; `rejoin`: this browser joined through it before and comes back as the same participant.
 */
export const InviteInfoResponseSchema = z.strictObject({
  title: z.string(),
  role: RoleSchema,
  status: z.enum(["open", "rejoin"]),
  singleUse: z.boolean(),
});
export type InviteInfo = z.infer<typeof InviteInfoResponseSchema>;

/** Someone who joined through a link: the name they last gave, when they first and last joined. */
export const LinkJoinSchema = z.strictObject({ name: z.string(), firstJoinedAt: z.number(), lastJoinedAt: z.number() });
export type LinkJoin = z.infer<typeof LinkJoinSchema>;
