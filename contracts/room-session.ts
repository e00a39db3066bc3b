/**
 * A browser's durable room session (DESIGN.md, session model): what `GET …/session` says about it,
 * so a reload, a new tab or the landing page's "Your interviews" finds the room again without the
 * link, and an ended room's interviewers still reach its final state and record.
 */
import { z } from "zod";
import { type Bodies, bodies } from "./bodies";
import type { ROOM_SESSION_ROUTES } from "./room-session-routes";
import { IdentitySchema } from "./wire";

/** live: open to its participants; ended: an interviewer ended it; expired: its time ran out. */
export const RoomSessionStatusSchema = z.enum(["live", "ended", "expired"]);
export type RoomSessionStatus = z.infer<typeof RoomSessionStatusSchema>;

export const RoomSessionResponseSchema = z.strictObject({
  identity: IdentitySchema,
  room: z.strictObject({ id: z.string(), title: z.string(), createdAt: z.number(), expiresAt: z.number(), endedAt: z.number().nullable() }),
  status: RoomSessionStatusSchema,
  /** When this session itself stops working (ms since the epoch). */
  sessionExpiresAt: z.number(),
});
export type RoomSessionResponse = z.infer<typeof RoomSessionResponseSchema>;

/**
 * The browser sent no session at all (no cookie, no token, no account of the room): an answer, not
 * a refusal — every first visit asks, and a 401 there would be an error in every console.
 */
export const NoRoomSessionSchema = z.strictObject({ status: z.literal("none") });

export const ForgetRoomSessionResponseSchema = z.strictObject({ forgotten: z.literal(true) });

export const ROOM_SESSION_ROUTE_BODIES = {
  roomSession: bodies(null, z.union([RoomSessionResponseSchema, NoRoomSessionSchema])),
  forgetRoomSession: bodies(null, ForgetRoomSessionResponseSchema),
} as const satisfies Record<keyof typeof ROOM_SESSION_ROUTES, Bodies>;
