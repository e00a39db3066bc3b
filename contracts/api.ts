/** HTTP command contracts (request and response bodies), shared by the Worker and the web app. */
import { z } from "zod";
import { LanguageIdSchema } from "./languages";
import { DisplayNameSchema, RoomTitleSchema } from "./text";
import { IdentitySchema, RoleSchema } from "./wire";

/** Rooms live 24 h by default; the interviewer can extend up to 7 days from creation. */
export const DEFAULT_ROOM_TTL_MS = 24 * 3600_000;
export const MAX_ROOM_LIFETIME_MS = 7 * 24 * 3600_000;

export const CreateRoomSchema = z.strictObject({
  /** Cleaned as identity text (contracts/text.ts): what every participant sees. */
  title: RoomTitleSchema.default("Interview"),
  ttlHours: z.number().int().min(1).max(7 * 24).default(24),
  language: LanguageIdSchema.default("python"),
  /** A problem slug from GET /api/problems; its starter code seeds the buffers. */
  problem: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80).optional(),
});
export type CreateRoom = z.input<typeof CreateRoomSchema>;

export const RoomLinksSchema = z.strictObject({
  interviewer: z.string(),
  candidate: z.string(),
  spectator: z.string(),
});

export const CreateRoomResponseSchema = z.strictObject({
  roomId: z.string(),
  links: RoomLinksSchema,
  expiresAt: z.number(),
});
export type CreateRoomResponse = z.infer<typeof CreateRoomResponseSchema>;

/** The name others will see: cleaned (contracts/text.ts), visible, at most 64 characters. */
export const JoinSchema = z.strictObject({ name: DisplayNameSchema });

export const JoinResponseSchema = z.strictObject({
  token: z.string(),
  identity: IdentitySchema,
  room: z.strictObject({ id: z.string(), title: z.string(), expiresAt: z.number() }),
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

export const SetReadOnlySchema = z.strictObject({ candidateReadOnly: z.boolean() });
export const ExtendSchema = z.strictObject({ hours: z.number().int().min(1).max(7 * 24) });
export const CreateInviteSchema = z.strictObject({ role: RoleSchema });

export const InviteSchema = z.strictObject({
  id: z.string(),
  role: RoleSchema,
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
});
