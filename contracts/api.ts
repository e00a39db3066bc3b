/**
 * HTTP bodies (requests and responses) of the rooms API, shared by the Worker and the web app;
 * which route takes and answers which is contracts/routes.ts. Room commands that change the state
 * doc take the bodies in contracts/room-state.ts.
 */
import { z } from "zod";
import { LanguageIdSchema, LanguageSchema } from "./languages";
import { FollowUpSchema, ProblemSlugSchema, ProblemSummarySchema } from "./problems";
import { RUN_MODES, RUN_STATES, RunExitSchema, TimerSchema } from "./room-state";
import { DisplayNameSchema, RoomTitleSchema } from "./text";
import { IdentitySchema, RoleSchema, RoomIdSchema } from "./wire";
import { LinkJoinSchema } from "./links";

/** Rooms live 24 h by default; the interviewer can extend up to 7 days from creation. */
export const DEFAULT_ROOM_TTL_MS = 24 * 3600_000;
export const MAX_ROOM_LIFETIME_MS = 7 * 24 * 3600_000;

export const CreateRoomSchema = z.strictObject({
  /** Cleaned as identity text (contracts/text.ts): what every participant sees. */
  title: RoomTitleSchema.default("Interview"),
  ttlHours: z.number().int().min(1).max(7 * 24).default(24),
  language: LanguageIdSchema.default("python"),
  /** A problem slug from GET /api/problems; its starter code seeds the buffers. */
  problem: ProblemSlugSchema.optional(),
  /** The organisation the room belongs to, for a member of several (contracts/accounts.ts). */
  orgId: z.string().min(1).max(64).optional(),
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

/**
 * The name others will see: cleaned (contracts/text.ts), visible, at most 64 characters; and, when
 * joining again through the same link, the session token that join gave (`resume`): the new
 * session keeps its user id, so the participant is who they were (their scorecard, their record).
 */
export const JoinSchema = z.strictObject({ name: DisplayNameSchema, resume: z.string().min(1).max(2048).optional() });

/**
 * What participants are told about the interview's record (issue 14): how many days it is kept
 * after the room closes (the organisation's setting, capped by the deployment's) and the
 * organisation's privacy page, if it has one.
 */
export const RecordNoticeSchema = z.strictObject({ retentionDays: z.number().int().positive(), privacyUrl: z.string().nullable() });
export type RecordNotice = z.infer<typeof RecordNoticeSchema>;

export const JoinResponseSchema = z.strictObject({
  token: z.string(),
  identity: IdentitySchema,
  room: z.strictObject({ id: z.string(), title: z.string(), expiresAt: z.number() }),
  record: RecordNoticeSchema,
});
export type JoinResponse = z.infer<typeof JoinResponseSchema>;

export const SetReadOnlySchema = z.strictObject({ candidateReadOnly: z.boolean() });
export const ExtendSchema = z.strictObject({ hours: z.number().int().min(1).max(7 * 24) });
/** `singleUse`: the link admits the first browser that joins through it, and only that one again. */
export const CreateInviteSchema = z.strictObject({ role: RoleSchema, singleUse: z.boolean().optional() });

export const InviteSchema = z.strictObject({
  id: z.string(),
  role: RoleSchema,
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
  singleUse: z.boolean(),
  /** When the first join bound a single-use link; null for one not yet used (and every other link). */
  usedAt: z.number().nullable(),
  /** Who joined through this link, first joiner first. */
  joined: z.array(LinkJoinSchema),
  /** The link the asking session came through: revoking it disconnects the asker too. */
  yours: z.boolean(),
});
export type Invite = z.infer<typeof InviteSchema>;
export const InvitesResponseSchema = z.strictObject({ invites: z.array(InviteSchema) });
export const CreateInviteResponseSchema = z.strictObject({ id: z.string(), role: RoleSchema, link: z.string() });
export const RevokeResponseSchema = z.strictObject({ revoked: z.string(), socketsClosed: z.number().int().nonnegative() });

/**
 * `GET /api/rooms/:roomId`: the room, who the session says you are, and the recording notice. An
 * invite token reads it too (identity null), so the join page tells the notice before anyone joins.
 */
export const RoomResponseSchema = z.strictObject({
  room: z.strictObject({ id: z.string(), title: z.string(), expiresAt: z.number(), createdAt: z.number() }),
  identity: IdentitySchema.nullable(),
  record: RecordNoticeSchema,
});
export type RoomResponse = z.infer<typeof RoomResponseSchema>;

export const EndResponseSchema = z.strictObject({ ended: z.literal(true) });
export const ExtendResponseSchema = z.strictObject({ expiresAt: z.number() });
/** What a command answers when all there is to say is that it was done. */
export const OkSchema = z.strictObject({ ok: z.literal(true) });
/**
 * Puts a problem on the table (interviewer only), or clears it with null. `code`: what happens to
 * the code in the room's language — "keep" it (the default; untouched starters still follow the
 * problem), or "replace" it with the new problem's starter (the language's template when clearing).
 */
export const SET_PROBLEM_CODE = ["keep", "replace"] as const;
export type SetProblemCode = (typeof SET_PROBLEM_CODE)[number];
export const SetProblemSchema = z.strictObject({ slug: ProblemSlugSchema.nullable(), code: z.enum(SET_PROBLEM_CODE).optional() });
export const SetProblemResponseSchema = z.strictObject({ problemSlug: ProblemSlugSchema.nullable() });
export const TimerResponseSchema = z.strictObject({ timer: TimerSchema });
/** `POST …/hints` (interviewer only): reveals the problem's next hint to the room. */
export const RevealHintResponseSchema = z.strictObject({ shown: z.number().int().positive(), total: z.number().int().positive() });
/**
 * `GET …/problem-notes` (interviewers only): what the candidate never sees of the problem on the
 * table — every hint ahead of time, follow-up questions with what a strong answer says, notes on a
 * strong solution, and the minutes it usually takes.
 */
export const ProblemNotesResponseSchema = z.strictObject({
  slug: ProblemSlugSchema,
  hints: z.array(z.string()),
  followUps: z.array(FollowUpSchema),
  strongAnswer: z.string().nullable(),
  expectedMinutes: z.number().int(),
});
export type ProblemNotesResponse = z.infer<typeof ProblemNotesResponseSchema>;
export const ProblemsResponseSchema = z.strictObject({ problems: z.array(ProblemSummarySchema) });

/** A language as `GET /api/languages` serves it: `available` is null when the runner could not be asked. */
export const ApiLanguageSchema = LanguageSchema.pick({ id: true, displayName: true, version: true, fileName: true, monacoId: true, template: true, judged: true })
  .extend({ available: z.boolean().nullable() });
export type ApiLanguage = z.infer<typeof ApiLanguageSchema>;
export const ApiLanguagesResponseSchema = z.strictObject({ languages: z.array(ApiLanguageSchema) });

/** A judged submission as D1 keeps it, without its code (`GET /api/rooms/:roomId/submissions`, newest first). */
export const SubmissionSchema = z.strictObject({
  id: z.string(),
  userId: z.string(),
  problemSlug: z.string(),
  /** A LanguageId and a JudgeVerdict when written; D1 keeps them as text. */
  language: z.string(),
  verdict: z.string(),
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  timeMs: z.number().nonnegative(),
  memoryKb: z.number().nonnegative(),
  createdAt: z.number(),
});
export const SubmissionsResponseSchema = z.strictObject({ submissions: z.array(SubmissionSchema) });

export const CancelResponseSchema = z.strictObject({ cancelled: z.string() });

/**
 * `GET /api/rooms/:roomId/runs/:runId`: a run's full record from the Room's storage, also after it
 * left the state doc's short history. Output printed during hidden tests is the interviewer's to
 * read; anyone else gets `hiddenOutput: true` instead.
 */
export const StoredRunSchema = z.strictObject({
  id: z.string(),
  mode: z.enum(RUN_MODES),
  language: z.string(),
  userId: z.string(),
  userName: z.string(),
  status: z.enum(RUN_STATES),
  createdAt: z.number(),
  finishedAt: z.number().nullable(),
  exit: RunExitSchema.nullable(),
  error: z.string().nullable(),
  output: z.array(z.strictObject({ stream: z.string(), data: z.string() })),
  hiddenOutput: z.literal(true).optional(),
});
export const StoredRunResponseSchema = z.strictObject({ run: StoredRunSchema });

/** Test-only (DUET_ENV=test): a real session for a room of the caller's naming (worker/routes/test-only.ts). */
export const TestSessionSchema = z.strictObject({
  roomId: RoomIdSchema,
  role: RoleSchema,
  userId: z.string().min(1).max(64),
  name: z.string().min(1).max(64),
  inviteId: z.string().min(1).max(64),
});
export const TokenResponseSchema = z.strictObject({ token: z.string() });
export const AbortResponseSchema = z.strictObject({ aborted: RoomIdSchema });
/** Test-only: the contract version the room takes as deployed from now on (a simulated deploy). */
export const TestDeploySchema = z.strictObject({ contract: z.number().int().min(0).max(999_999) });
export const TestDeployResponseSchema = z.strictObject({ deployed: z.number().int() });
