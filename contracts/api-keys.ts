/**
 * Organisation API keys (issue 13): how an applicant-tracking system creates rooms and reads their
 * results without a person signed in. A key is `duet_` + 32 random bytes (base64url), shown once
 * when made; the server keeps only its SHA-256, its first characters (to recognise it in a list),
 * its scopes, and when it was last used or revoked.
 */
import { z } from "zod";
import { ApiKeyScopeSchema } from "./accounts";
import { SubmissionSchema } from "./api";
import { DisplayNameSchema } from "./text";
import { RoleSchema } from "./wire";

/** One key as its organisation's admins see it: everything but the key. */
export const ApiKeySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** The key's first characters (`duet_` and a few more): enough to tell keys apart, never to use one. */
  start: z.string(),
  scopes: z.array(ApiKeyScopeSchema),
  /** The account that made it. */
  createdBy: z.string(),
  createdAt: z.number(),
  lastUsedAt: z.number().nullable(),
  revokedAt: z.number().nullable(),
});
export type ApiKey = z.infer<typeof ApiKeySchema>;

export const ApiKeysResponseSchema = z.strictObject({ keys: z.array(ApiKeySchema) });

export const CreateApiKeySchema = z.strictObject({
  /** What the key is for ("Greenhouse"): cleaned like a display name, since it names rooms' creator. */
  name: DisplayNameSchema,
  scopes: z.array(ApiKeyScopeSchema).min(1, "give the key at least one scope").max(8)
    .refine((s) => new Set(s).size === s.length, "each scope once"),
});

/** The new key, with the secret itself: the only time it is ever shown. */
export const CreateApiKeyResponseSchema = ApiKeySchema.extend({ key: z.string() });

export const RevokeApiKeyResponseSchema = ApiKeySchema;

/** Someone who joined the room, from its audit log: each person once, with their first role and time. */
export const ParticipantSchema = z.strictObject({
  userId: z.string(),
  name: z.string(),
  role: RoleSchema,
  joinedAt: z.number(),
});

/** `GET /api/rooms/:roomId/results`: what an applicant-tracking system files about an interview. */
export const RoomResultsSchema = z.strictObject({
  room: z.strictObject({
    id: z.string(),
    title: z.string(),
    orgId: z.string().nullable(),
    createdAt: z.number(),
    expiresAt: z.number(),
    endedAt: z.number().nullable(),
  }),
  participants: z.array(ParticipantSchema),
  /** Submissions against the hidden tests, newest first, with their verdicts. */
  submissions: z.array(SubmissionSchema),
});
export type RoomResults = z.infer<typeof RoomResultsSchema>;
