/**
 * The shape of a room's `state` doc: written only by the Room, read by every client. Run
 * records stream into it as the runner reports, so every participant (and any late joiner)
 * sees the same output.
 *
 *   meta: Y.Map      title, expiresAt, endedAt, candidateReadOnly, language (LanguageId),
 *                    problemSlug (string | null), timer (Timer | null),
 *                    spectatorsVisible (boolean: candidates get spectators' carets),
 *                    observers (number: spectators present, one per person however many tabs)
 *   chat: Y.Array<ChatMessage>                oldest first, the last CHAT_HISTORY kept
 *   runOrder: Y.Array<string>                 run ids, oldest first, the last RUN_HISTORY kept
 *   runs: Y.Map<runId, Y.Map>                 one run record each (fields below)
 *     id, mode, language, by {userId, name}, status, queuePosition?, createdAt, startedAt?, finishedAt?,
 *     output: Y.Array<{stream, data}>, outputBytes, truncated, exit?, error?,
 *     judged runs: problemSlug, total, tests: Y.Array<TestOutcome>, judge?, submissionId?
 */
import { z } from "zod";
import { ExitEventSchema } from "./runner";
import { LanguageIdSchema } from "./languages";
import { chatTextField } from "./text";
import { RoleSchema } from "./wire";

export const STATE_KEYS = { meta: "meta", chat: "chat", runOrder: "runOrder", runs: "runs" } as const;

/** The interview clock: running since startedAt, or paused with elapsedMs on it. */
export const TimerSchema = z.strictObject({
  durationMs: z.number().int().positive(),
  startedAt: z.number().nullable(),
  elapsedMs: z.number().int().nonnegative(),
});
export type Timer = z.infer<typeof TimerSchema>;

export const ChatMessageSchema = z.strictObject({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  role: RoleSchema,
  text: z.string(),
  ts: z.number(),
});
export type ChatMessage = z.infer<typeof ChatMessageSchema>;
export const CHAT_HISTORY = 500;
export const MAX_CHAT_CHARS = 2000;

// ── commands (HTTP bodies) ──────────────────────────────────────────────────────────────────────
/** Chat is identity text too: cleaned like names (contracts/text.ts), keeping lines and tabs. */
export const ChatSchema = z.strictObject({ text: /* @__PURE__ */ chatTextField(MAX_CHAT_CHARS) });
export const SetLanguageSchema = z.strictObject({ language: LanguageIdSchema });
/** Whether candidates see the spectators' carets (interviewer only; off by default). */
export const SetSpectatorsVisibleSchema = z.strictObject({ visible: z.boolean() });
export const SetProblemSchema = z.strictObject({ slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(80).nullable() });
export const TimerCommandSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("start"), minutes: z.number().int().min(1).max(600).optional() }),
  z.strictObject({ action: z.literal("pause") }),
  z.strictObject({ action: z.literal("reset"), minutes: z.number().int().min(1).max(600).optional() }),
]);
export type TimerCommand = z.infer<typeof TimerCommandSchema>;

export const RUN_STATES = ["queued", "running", "finished", "failed", "cancelled", "interrupted"] as const;
export type RunState = (typeof RUN_STATES)[number];
export const FINAL_RUN_STATES: readonly RunState[] = ["finished", "failed", "cancelled", "interrupted"];

/** Runs whose records stay in the state doc; older ones live only in the Room's storage. */
export const RUN_HISTORY = 20;
/** Output kept in the state doc per run; the runner's own caps stop it at 1 MiB in total. */
export const RUN_DOC_OUTPUT_BYTES = 64 * 1024;

/**
 * Run: with no problem on the table, runs the program with `stdin`; with one, runs the visible
 * examples plus up to 8 custom `cases` (arguments by name, or "name = value" lines), whose expected
 * outputs come from the reference solution.
 */
export const StartRunSchema = z.strictObject({
  language: LanguageIdSchema,
  stdin: z.string().max(1024 * 1024).optional(),
  cases: z.array(z.union([z.record(z.string(), z.unknown()), z.string().max(64 * 1024)])).max(8).optional(),
});
export type StartRun = z.infer<typeof StartRunSchema>;

export const StartRunResponseSchema = z.strictObject({ runId: z.string() });

/** Submit: the problem's hidden tests, stopping at the first failure; recorded in D1. */
export const SubmitSchema = z.strictObject({ language: LanguageIdSchema });

/**
 * What kind of run a record is: `program` (stdin → output), `run` (examples + custom cases) or
 * `submit` (hidden tests). Judged records also carry `total`, `tests` (a Y.Array of
 * TestOutcome, pushed as each test finishes), and at the end `judge` (the JudgeResult without its
 * tests) and, for submissions, `submissionId`.
 */
export const RUN_MODES = ["program", "run", "submit"] as const;
export type RunMode = (typeof RUN_MODES)[number];

/** What the exit of a run records (the runner's exit event without its seq). */
export const RunExitSchema = ExitEventSchema.omit({ type: true, seq: true });
export type RunExit = z.infer<typeof RunExitSchema>;
