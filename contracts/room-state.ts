/**
 * A room's Yjs docs as an API: the keys, the record types and the small accessors that the Room
 * (the only writer of `state`) and every client (readers) share, so neither spells a key or
 * re-declares a record.
 *
 * The `state` doc: written only by the Room, read by every client. Run records stream into it as
 * the runner reports, so every participant (and any late joiner) sees the same output.
 *
 *   meta: Y.Map      RoomMeta (below): title, expiresAt, endedAt, candidateReadOnly, language,
 *                    problemSlug, timer, spectatorsVisible (candidates get spectators' carets),
 *                    recordSpectators (spectators may read the record),
 *                    observers (spectators present, one per person however many tabs),
 *                    hintCount, hints (the problem's hints revealed so far: index, text, at)
 *   chat: Y.Array<ChatMessage>                oldest first, the last CHAT_HISTORY kept
 *   runOrder: Y.Array<string>                 run ids, oldest first, the last RUN_HISTORY kept
 *   runs: Y.Map<runId, Y.Map>                 one run record each (RunRecord below):
 *     id, mode, language, by {userId, name}, status, queuePosition?, createdAt, startedAt?, finishedAt?,
 *     output: Y.Array<OutputChunk>, outputBytes, truncated, exit?, error?,
 *     judged runs: problemSlug, total, tests: Y.Array<TestOutcome>, judge?, submissionId?
 *
 * The `code` doc: one Y.Text per language, named codeKey(language) (`code:python`, …).
 *
 * Readers get plain, validated values with defaults for fields a room from before them lacks
 * (readMeta, readRun); to re-render on a change, observe the roots (metaMap, runsMap, …).
 */
import type * as Y from "yjs"; // types only: the web app's first page imports this module without Yjs
import { z } from "zod";
import { ExitEventSchema, RunLimitsSchema } from "./runner";
import { LanguageIdSchema, type LanguageId } from "./languages";
import { JudgeResultSchema, TestOutcomeSchema, type TestOutcome } from "./problems";
import { chatTextField } from "./text";
import { RoleSchema } from "./wire";

export const STATE_KEYS = { meta: "meta", chat: "chat", runOrder: "runOrder", runs: "runs" } as const;

/** What the room does when the interview clock reaches zero (the interviewer's choice). */
export const TIMER_AT_ZERO = ["nothing", "read-only", "submit"] as const;
export const TimerAtZeroSchema = z.enum(TIMER_AT_ZERO);
export type TimerAtZero = z.infer<typeof TimerAtZeroSchema>;

/** The interview clock: running since startedAt, or paused with elapsedMs on it. */
export const TimerSchema = z.strictObject({
  durationMs: z.number().int().positive(),
  startedAt: z.number().nullable(),
  elapsedMs: z.number().int().nonnegative(),
  /** Absent in rooms from before the choice existed: nothing happens at zero. */
  atZero: TimerAtZeroSchema.default("nothing"),
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
/** The longest interview clock, and the most one adjustment moves it (either way). */
export const MAX_TIMER_MINUTES = 600;
export const MAX_TIMER_ADJUST_MINUTES = 180;
const timerMinutes = z.number().int().min(1).max(MAX_TIMER_MINUTES);
/**
 * start: a fresh clock (or resumes a paused one); resume: a paused one goes on; reset: stopped at
 * zero elapsed; adjust: minutes added to (or, negative, taken from) the duration; at-zero: what
 * happens when it runs out.
 */
export const TimerCommandSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("start"), minutes: timerMinutes.optional(), atZero: TimerAtZeroSchema.optional() }),
  z.strictObject({ action: z.literal("pause") }),
  z.strictObject({ action: z.literal("resume") }),
  z.strictObject({ action: z.literal("reset"), minutes: timerMinutes.optional(), atZero: TimerAtZeroSchema.optional() }),
  z.strictObject({
    action: z.literal("adjust"),
    minutes: z.union([z.number().int().min(-MAX_TIMER_ADJUST_MINUTES).max(-1), z.number().int().min(1).max(MAX_TIMER_ADJUST_MINUTES)]),
  }),
  z.strictObject({ action: z.literal("at-zero"), atZero: TimerAtZeroSchema }),
]);
export type TimerCommand = z.infer<typeof TimerCommandSchema>;
export const TIMER_ACTIONS = ["start", "pause", "resume", "reset", "adjust", "at-zero"] as const satisfies readonly TimerCommand["action"][];

export const RUN_STATES = ["queued", "running", "finished", "failed", "cancelled", "interrupted"] as const;
export type RunState = (typeof RUN_STATES)[number];
export const FINAL_RUN_STATES: readonly RunState[] = ["finished", "failed", "cancelled", "interrupted"];

/** Runs whose records stay in the state doc; older ones live only in the Room's storage. */
export const RUN_HISTORY = 20;
/** Output kept in the state doc per run; the runner's own caps stop it at 1 MiB in total. */
export const RUN_DOC_OUTPUT_BYTES = 64 * 1024;

/**
 * Run: with no problem on the table, runs the program with `stdin`; with one, runs the visible
 * examples (all, or those listed in `examples` by index: the test-case panel's untouched ones) plus
 * up to MAX_CUSTOM_CASES custom `cases` (arguments by name, or "name = value" lines), whose expected
 * outputs come from the reference solution. `stdin` is for plain runs only: a judged run refuses it.
 */
export const MAX_CUSTOM_CASES = 8;
export const StartRunSchema = z.strictObject({
  language: LanguageIdSchema,
  stdin: z.string().max(1024 * 1024).optional(),
  cases: z.array(z.union([z.record(z.string(), z.unknown()), z.string().max(64 * 1024)])).max(MAX_CUSTOM_CASES).optional(),
  examples: z.array(z.number().int().nonnegative().max(63)).max(64).optional(),
  /** Time travel: run the buffer as it stood at this moment (ms since the epoch), as a review run kept apart from the interview. Interviewers only. */
  at: z.number().int().nonnegative().optional(),
});
export type StartRun = z.infer<typeof StartRunSchema>;

export const StartRunResponseSchema = z.strictObject({ runId: z.string() });

/** Submit: the problem's hidden tests, stopping at the first failure; recorded in D1. */
export const SubmitSchema = z.strictObject({ language: LanguageIdSchema, at: z.number().int().nonnegative().optional() });

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

// ── meta ────────────────────────────────────────────────────────────────────────────────────────
/** The room's language until someone picks one (the Room writes it when the room is configured). */
export const DEFAULT_ROOM_LANGUAGE: LanguageId = "python";

/** A hint the interviewer revealed: its place in the problem's hints, its text, and when. */
export const RevealedHintSchema = z.strictObject({ index: z.number().int().nonnegative(), text: z.string(), at: z.number() });
export type RevealedHint = z.infer<typeof RevealedHintSchema>;

/**
 * The state doc's `meta` fields. Each falls back to its default when absent or malformed: a room
 * from before a field existed, or one the Worker has not configured yet, still reads whole.
 */
export const RoomMetaSchema = z.object({
  title: z.string().catch(""),
  expiresAt: z.number().nullable().catch(null),
  /** When the interviewer ended the interview. */
  endedAt: z.number().nullable().catch(null),
  candidateReadOnly: z.boolean().catch(false),
  language: LanguageIdSchema.catch(DEFAULT_ROOM_LANGUAGE),
  problemSlug: z.string().nullable().catch(null),
  timer: TimerSchema.nullable().catch(null),
  /** Whether candidates get the spectators' carets (interviewer's switch, off by default). */
  spectatorsVisible: z.boolean().catch(false),
  /** Whether the room's spectators may read its record (interviewer's switch, off by default). */
  recordSpectators: z.boolean().catch(false),
  /** Spectators present: one per person however many sockets they have open. */
  observers: z.number().int().nonnegative().catch(0),
  /** How many hints the problem on the table has (the interviewer reveals them one at a time). */
  hintCount: z.number().int().nonnegative().catch(0),
  /** The hints revealed so far, in order: everyone in the room sees them. */
  hints: z.array(RevealedHintSchema).catch([]),
});
export type RoomMeta = z.infer<typeof RoomMetaSchema>;

/** The root to observe for meta changes. */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(STATE_KEYS.meta);
}

export function readMeta(doc: Y.Doc): RoomMeta {
  return RoomMetaSchema.parse(metaMap(doc).toJSON());
}

/** Writes the fields that differ from what the doc holds, as one transaction of `origin`. */
export function setMeta(doc: Y.Doc, patch: Partial<RoomMeta>, origin: unknown): void {
  const meta = metaMap(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) if (value !== undefined && meta.get(key) !== value) meta.set(key, value);
  }, origin);
}

// ── chat ────────────────────────────────────────────────────────────────────────────────────────
export function chatArray(doc: Y.Doc): Y.Array<ChatMessage> {
  return doc.getArray<ChatMessage>(STATE_KEYS.chat);
}

// ── runs ────────────────────────────────────────────────────────────────────────────────────────
export const OUTPUT_STREAMS = ["stdout", "stderr"] as const;
export type OutputStream = (typeof OUTPUT_STREAMS)[number];
export const OutputChunkSchema = z.strictObject({ stream: z.enum(OUTPUT_STREAMS), data: z.string() });
export type OutputChunk = z.infer<typeof OutputChunkSchema>;

/** A run record as readers get it (the nested Y.Arrays as plain arrays). */
export const RunRecordSchema = z.object({
  id: z.string(),
  /** Records from before run modes were all program runs. */
  mode: z.enum(RUN_MODES).catch("program"),
  language: z.string(),
  by: z.strictObject({ userId: z.string(), name: z.string() }),
  status: z.enum(RUN_STATES),
  /** Place in the runner's queue while queued; null once started. */
  queuePosition: z.number().int().nullable().optional(),
  createdAt: z.number(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
  /** The run's output as streamed, up to RUN_DOC_OUTPUT_BYTES (then `truncated`). */
  output: z.array(OutputChunkSchema).catch([]),
  outputBytes: z.number().catch(0),
  truncated: z.boolean().catch(false),
  exit: RunExitSchema.optional(),
  error: z.string().optional(),
  // judged runs
  problemSlug: z.string().optional(),
  /** The limits each case ran under (CPU time for the language, memory), shown beside the results. */
  limits: RunLimitsSchema.optional(),
  total: z.number().int().optional(),
  tests: z.array(TestOutcomeSchema).optional(),
  judge: JudgeResultSchema.omit({ tests: true }).optional(),
  submissionId: z.string().optional(),
});
export type RunRecord = z.infer<typeof RunRecordSchema>;

/** A record's plain fields, as written with RunRecordMap.set; `output` and `tests` are Y.Arrays in the doc. */
export type RunFields = Omit<RunRecord, "output" | "tests">;
type StoredRunFields = RunFields & { output: Y.Array<OutputChunk>; tests: Y.Array<TestOutcome> };

/** A run record in the doc: a Y.Map whose fields are typed by name. */
export interface RunRecordMap {
  get<K extends keyof StoredRunFields>(key: K): StoredRunFields[K] | undefined;
  set<K extends keyof StoredRunFields>(key: K, value: StoredRunFields[K]): StoredRunFields[K];
}

/** The roots to observe for run changes (deep: each record's output and tests are nested arrays). */
export function runsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(STATE_KEYS.runs);
}
export function runOrderArray(doc: Y.Doc): Y.Array<string> {
  return doc.getArray<string>(STATE_KEYS.runOrder);
}

export function runRecord(doc: Y.Doc, id: string): RunRecordMap | undefined {
  return runsMap(doc).get(id) as RunRecordMap | undefined;
}

/** A run as plain values; null when the doc has no such run (or one this code cannot read). */
export function readRun(doc: Y.Doc, id: string): RunRecord | null {
  const rec = runsMap(doc).get(id);
  if (!rec) return null;
  const parsed = RunRecordSchema.safeParse(rec.toJSON());
  return parsed.success ? parsed.data : null;
}

/** The id of the latest run still in the doc, if any. */
export function latestRunId(doc: Y.Doc): string | null {
  const order = runOrderArray(doc);
  return order.length > 0 ? order.get(order.length - 1) : null;
}

// ── the code doc ────────────────────────────────────────────────────────────────────────────────
/** The code doc's texts that are code buffers start with this; the rest is the language id. */
export const CODE_KEY_PREFIX = "code:";
export type CodeKey = `${typeof CODE_KEY_PREFIX}${LanguageId}`;

export function codeKey(language: LanguageId): CodeKey {
  return `${CODE_KEY_PREFIX}${language}`;
}

/** A language's buffer in the code doc. */
export function codeText(doc: Y.Doc, language: LanguageId): Y.Text {
  return doc.getText(codeKey(language));
}
