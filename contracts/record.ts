/**
 * The interview record (issue 14): every moment of a room on one clock. The Room keeps it in its
 * own SQLite (durable-objects/room/record/); the Worker serves it to those who may read it; the
 * replay page, the exports and `npm run verify-record` read these shapes.
 *
 * One room-wide sequence (`seq`, from 1, increasing, with gaps) orders every event; `t` is the
 * server's clock in ms since the epoch when the room accepted it; `userId` is its author (absent
 * for the room's own doings: expiry, a deadline).
 */
import { z } from "zod";
import { LanguageIdSchema } from "./languages";
import { TIMER_ACTIONS, TimerAtZeroSchema } from "./room-state";
import { DisplayNameSchema } from "./text";
import { RoleSchema } from "./wire";

// ── events ──────────────────────────────────────────────────────────────────────────────────────

const base = { seq: z.number().int().positive(), t: z.number().int(), userId: z.string().optional() };
const ev = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) => z.strictObject({ ...base, kind: z.literal(kind), ...shape });

/** A text change as Yjs reports it: retain n, insert text, delete n (the replay applies it to a string). */
export const TextDeltaOpSchema = z.union([
  z.strictObject({ retain: z.number().int().nonnegative() }),
  z.strictObject({ insert: z.string() }),
  z.strictObject({ delete: z.number().int().nonnegative() }),
]);
export type TextDeltaOp = z.infer<typeof TextDeltaOpSchema>;

/** What a run ran: enough to run it again. */
const RunInput = { runId: z.string(), mode: z.enum(["program", "run", "submit"]), language: LanguageIdSchema, source: z.string(), stdin: z.string().optional(), cases: z.array(z.unknown()).optional() };

export const SIGNAL_KINDS = ["paste", "blur", "focus", "hidden", "visible"] as const;
export const SignalKindSchema = z.enum(SIGNAL_KINDS);

export const RecordEventSchema = z.discriminatedUnion("kind", [
  // presence: a participant's first socket; their last socket closing cleanly, or not
  ev("join", { role: RoleSchema }),
  ev("leave", {}),
  ev("drop", {}),
  // the shared code and the interviewers' notes (derived from the Yjs log, off the hot path)
  ev("edit", { language: LanguageIdSchema, added: z.number().int().nonnegative(), removed: z.number().int().nonnegative(), delta: z.array(TextDeltaOpSchema).optional() }),
  ev("note", { added: z.number().int().nonnegative(), removed: z.number().int().nonnegative(), delta: z.array(TextDeltaOpSchema).optional() }),
  // commands that change the room
  ev("language", { language: LanguageIdSchema }),
  // replacedCode: the room's language's code was replaced with the problem's starter (the edit follows it on the record)
  ev("problem", { slug: z.string().nullable(), replacedCode: LanguageIdSchema.optional() }),
  ev("hint", { index: z.number().int().nonnegative() }),
  ev("timer", { action: z.enum(TIMER_ACTIONS), durationMs: z.number(), elapsedMs: z.number(), running: z.boolean(), atZero: TimerAtZeroSchema.optional() }),
  // the interview clock ran out and the room did what was chosen (a submission's run, or why none ran)
  ev("timer.zero", { action: TimerAtZeroSchema, runId: z.string().optional(), error: z.string().optional() }),
  ev("read-only", { candidateReadOnly: z.boolean() }),
  ev("spectators-visible", { visible: z.boolean() }),
  ev("record-access", { spectators: z.boolean() }),
  ev("invite.create", { inviteId: z.string(), role: RoleSchema }),
  ev("invite.revoke", { inviteId: z.string() }),
  ev("extend", { expiresAt: z.number() }),
  ev("end", {}),
  ev("expire", {}),
  ev("scorecard", { recommendation: z.string().nullable() }),
  ev("notice", { retentionDays: z.number().int().positive(), privacyUrl: z.string().nullable() }),
  // runs: what ran, what it printed as it arrived, how it ended
  ev("run.start", RunInput),
  ev("run.output", { runId: z.string(), stream: z.enum(["stdout", "stderr"]), data: z.string(), hidden: z.boolean().optional() }),
  ev("run.end", {
    runId: z.string(),
    status: z.enum(["finished", "failed", "cancelled", "interrupted"]),
    startedAt: z.number().nullable(),
    exit: z.unknown().nullable(),
    error: z.string().nullable(),
    verdict: z.string().nullable(),
    passed: z.number().int().nullable(),
    total: z.number().int().nullable(),
    tests: z.array(z.unknown()).optional(),
    /** The runner's CPU calibration the limits were scaled by (JudgeResult.cpuScale). */
    cpuScale: z.number().positive().optional(),
  }),
  ev("chat", { text: z.string() }),
  // integrity signals: the participant's own claims, with the time their browser claimed
  ev("paste", { size: z.number().int().nonnegative(), external: z.boolean(), claimedAt: z.number() }),
  ev("blur", { claimedAt: z.number() }),
  ev("focus", { claimedAt: z.number() }),
  ev("hidden", { claimedAt: z.number() }),
  ev("visible", { claimedAt: z.number() }),
]);
export type RecordEvent = z.infer<typeof RecordEventSchema>;
export type RecordEventKind = RecordEvent["kind"];
/** An event as a command or hook hands it to the Room's record: the Room gives it seq and t. */
export type NewRecordEvent = RecordEvent extends infer E ? (E extends RecordEvent ? Omit<E, "seq" | "t"> : never) : never;

/** Kinds only interviewers (and the organisation's reviewers and admins) read: never a spectator. */
export const INTERVIEWER_ONLY_KINDS: ReadonlySet<RecordEventKind> = new Set(["note", "scorecard"]);

// ── GET /api/rooms/:roomId/record ───────────────────────────────────────────────────────────────

export const RECORD_PAGE_MAX = 5000;
export const RECORD_PAGE_DEFAULT = 1000;

export const RecordQuerySchema = z.strictObject({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().positive().default(RECORD_PAGE_DEFAULT),
  /** "1": each edit and note carries its text delta (to rebuild the text from the events alone). */
  deltas: z.enum(["0", "1"]).default("0"),
});

export const RecordParticipantSchema = z.strictObject({ userId: z.string(), name: z.string(), role: RoleSchema, color: z.string() });
export type RecordParticipant = z.infer<typeof RecordParticipantSchema>;

export const RecordRoomSchema = z.strictObject({
  id: z.string(), title: z.string(), orgId: z.string().nullable(), createdAt: z.number(), expiresAt: z.number(), endedAt: z.number().nullable(),
  /** When the record is deleted (retention), when known. */
  deleteAt: z.number().nullable(),
});

export const RecordResponseSchema = z.strictObject({
  room: RecordRoomSchema,
  participants: z.array(RecordParticipantSchema),
  /** The first event's time (null: nothing happened yet). */
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  events: z.array(RecordEventSchema),
  /** The `after` for the next page; null on the last page. */
  next: z.number().int().nullable(),
  /** The page size used: the asked limit, capped at RECORD_PAGE_MAX. */
  limit: z.number().int(),
  /** True when the asked limit was over the cap. */
  capped: z.boolean(),
});
export type RecordResponse = z.infer<typeof RecordResponseSchema>;

// ── GET /api/rooms/:roomId/record/code?t= ───────────────────────────────────────────────────────

export const CodeAtQuerySchema = z.strictObject({ t: z.coerce.number().int() });

/** A run of `length` characters written by `userId` (null: the room's own text, e.g. starter code). */
export const AuthorRunSchema = z.strictObject({ userId: z.string().nullable(), length: z.number().int().positive() });
export type AuthorRun = z.infer<typeof AuthorRunSchema>;

export const CodeAtResponseSchema = z.strictObject({
  t: z.number().int(),
  files: z.record(z.string(), z.string()),
  /** Per file, who wrote each stretch of it, in order (attribution by the log, never by the struct's claim). */
  authors: z.record(z.string(), z.array(AuthorRunSchema)),
  /** The interviewers' notes at t (only to readers who may see notes). */
  notes: z.string().optional(),
});
export type CodeAtResponse = z.infer<typeof CodeAtResponseSchema>;
export type CodeAt = CodeAtResponse;

// ── integrity signals: POST /api/rooms/:roomId/signals ──────────────────────────────────────────

export const SIGNALS_MAX_BYTES = 4096;
export const SIGNALS_MIN_INTERVAL_MS = 5000;
export const SignalSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("paste"), at: z.number().int(), size: z.number().int().nonnegative().max(10_000_000), external: z.boolean() }),
  z.strictObject({ kind: z.enum(["blur", "focus", "hidden", "visible"]), at: z.number().int() }),
]);
export type Signal = z.infer<typeof SignalSchema>;
export const SignalsSchema = z.strictObject({ signals: z.array(SignalSchema).min(1).max(50) });
export const SignalsResponseSchema = z.strictObject({ accepted: z.number().int() });

// ── who may read: POST /api/rooms/:roomId/record-access ────────────────────────────────────────

export const RecordAccessSchema = z.strictObject({ spectators: z.boolean() });

export const DeleteRecordResponseSchema = z.strictObject({ deleted: z.literal(true) });

// ── erasure requests: POST /api/orgs/:orgId/erasures ────────────────────────────────────────────

/** The candidate's display name as they joined with it (cleaned as joining cleans it, so the same name matches). */
export const EraseCandidateSchema = z.strictObject({ name: DisplayNameSchema });
/** The rooms whose records were deleted (none: no room of the organisation had a candidate by that name). */
export const EraseCandidateResponseSchema = z.strictObject({ rooms: z.array(z.string()) });
