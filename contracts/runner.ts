/**
 * Runner wire contract: `POST /v1/runs` request and the NDJSON events it streams back.
 * Imported by the runner, the Room Durable Object and the web app — no node imports here.
 *
 *   response   = event *( "\n" event ) "\n"        (application/x-ndjson, one JSON object a line)
 *   event      = { "type": …, "seq": 0, 1, 2, … }  (seq counts up from 0 with no gaps)
 *   run        = queued* started stage(compile) output* exit(compile)
 *                [ stage(run) output* exit(run) | ( stage(test,i) output* test(i) )* exit(test) ]
 *   any point  : error{message} ends the stream (internal failure, or the request's time budget
 *                ran out — after the stage it cut short; no exit follows)
 *              : heartbeat, every HEARTBEAT_MS while the run goes on (queued or running): a reader
 *                that hears nothing for SILENCE_MS knows the runner died or hung, and fails the run
 */
import { z } from "zod";
import { RecipeSchema } from "./generated-input";
import { LanguageIdSchema } from "./languages";

/** Execution statuses of a stage. */
export const RUN_STATUSES = ["OK", "CE", "RE", "SG", "TO", "ML", "OL", "XX"] as const;
export const RunStatusSchema = z.enum(RUN_STATUSES);
export type RunStatus = z.infer<typeof RunStatusSchema>;

/** Per-test verdicts (stdin/expected-stdout tests). */
export const TEST_VERDICTS = ["AC", "WA", "TLE", "MLE", "RE", "CE", "OLE"] as const;
export const TestVerdictSchema = z.enum(TEST_VERDICTS);
export type TestVerdict = z.infer<typeof TestVerdictSchema>;

export const STAGES = ["compile", "run", "test"] as const;
export const StageNameSchema = z.enum(STAGES);
export type StageName = z.infer<typeof StageNameSchema>;

/** Request-side caps; the runner answers 413 / 400 beyond them (documented in runner-service/README.md). */
export const MAX_FILES = 16;
export const MAX_SOURCE_BYTES = 256 * 1024;
export const MAX_STDIN_BYTES = 1024 * 1024;
export const MAX_TESTS = 64;
export const MAX_TEST_BYTES = 256 * 1024;
/** Total wall time of one request (compile + run or every test), unless the request sets `budgetMs`. */
export const DEFAULT_BUDGET_MS = 60_000;
export const MAX_BUDGET_MS = 120_000;
/** Queue fairness key of requests that name no tenant. */
export const DEFAULT_TENANT = "default";

/** What a request may ask for; the maxima are the schema's bounds. */
export const RunLimitsSchema = z.strictObject({
  cpuMs: z.number().int().min(100).max(10_000).optional(),
  wallMs: z.number().int().min(100).max(20_000).optional(),
  memoryMb: z.number().int().min(16).max(512).optional(),
});
export type RunLimits = z.infer<typeof RunLimitsSchema>;

export const FileNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}$/, "file names are 1-64 of [A-Za-z0-9_.-], no paths")
  .refine((n) => !n.includes(".."), "file names may not contain '..'");

export const SourceFileSchema = z.strictObject({ name: FileNameSchema, content: z.string() });

/**
 * A test: its stdin as text, or (a large input, past MAX_TEST_BYTES) the recipe the runner makes
 * it from (contracts/generated-input.ts), which a complexity guard's 10^5 numbers need.
 */
export const TestCaseSchema = z.union([
  z.strictObject({ input: z.string(), expected: z.string() }),
  z.strictObject({ generate: RecipeSchema, expected: z.string() }),
]);
export type TestCase = z.infer<typeof TestCaseSchema>;

/** What a test costs the request's per-test cap: its text, or its recipe's. */
export function testBytes(t: TestCase): number {
  const enc = new TextEncoder();
  return enc.encode("input" in t ? t.input : JSON.stringify(t.generate)).byteLength + enc.encode(t.expected).byteLength;
}

export const RunRequestSchema = z.strictObject({
  language: LanguageIdSchema,
  files: z
    .array(SourceFileSchema)
    .min(1)
    .max(MAX_FILES)
    .refine((fs) => new Set(fs.map((f) => f.name)).size === fs.length, "file names must be unique"),
  stdin: z.string().optional(),
  tests: z.array(TestCaseSchema).min(1).max(MAX_TESTS).optional(),
  limits: RunLimitsSchema.optional(),
  /**
   * Who the run is for, opaque to the runner (the Worker sends who created the room): the queue
   * shares its slots fairly between tenants. Absent: DEFAULT_TENANT.
   */
  tenant: z.string().min(1).max(128).optional(),
  /**
   * Wall time for the whole request — compile and every test. When it runs out, the stage it cut
   * short reports its timeout, an `error` event ends the stream and what is left is not run.
   * Absent: DEFAULT_BUDGET_MS.
   */
  budgetMs: z.number().int().min(1_000).max(MAX_BUDGET_MS).optional(),
  /**
   * How a test's output is compared with its expected output. Absent: exactly, up to trailing
   * whitespace. `sql`: both are SQLite quote-mode result sets, equal by the rules of SQL problems
   * (contracts/sql-results.ts: rows in order or as a multiset, numbers within tolerance).
   */
  compare: z.strictObject({ kind: z.literal("sql"), order: z.enum(["any", "ordered"]) }).optional(),
});
export type RunRequest = z.infer<typeof RunRequestSchema>;

const seq = z.number().int().nonnegative();

export const QueuedEventSchema = z.strictObject({ type: z.literal("queued"), seq, position: z.number().int().positive() });
export const StartedEventSchema = z.strictObject({
  type: z.literal("started"),
  seq,
  /**
   * How much slower than the reference host this runner's CPU is (its calibration at start, in
   * /healthz): the run's CPU and wall limits were multiplied by it, so a verdict means the same on
   * any host. Recorded with the verdict.
   */
  cpuScale: z.number().positive().optional(),
});
export const StageEventSchema = z.strictObject({
  type: z.literal("stage"),
  seq,
  name: StageNameSchema,
  index: z.number().int().nonnegative().optional(),
});
export const OutputEventSchema = z.strictObject({
  type: z.literal("output"),
  seq,
  stream: z.enum(["stdout", "stderr"]),
  data: z.string(),
});
export const TestEventSchema = z.strictObject({
  type: z.literal("test"),
  seq,
  index: z.number().int().nonnegative(),
  verdict: TestVerdictSchema,
  timeMs: z.number().nonnegative(),
  memoryKb: z.number().nonnegative(),
  /** The program's stdout (capped) and the expected output, shown on a failed test. */
  stdout: z.string().optional(),
  expected: z.string().optional(),
});
export const ExitEventSchema = z.strictObject({
  type: z.literal("exit"),
  seq,
  stage: StageNameSchema,
  status: RunStatusSchema,
  exitCode: z.number().int().nullable(),
  /** Signal name (e.g. "SIGSEGV") when status is SG. */
  signal: z.string().nullable(),
  /** CPU time of the whole process tree. */
  timeMs: z.number().nonnegative(),
  wallMs: z.number().nonnegative(),
  /** Peak memory of the process tree (0 when the host gives the runner no cgroup). */
  memoryKb: z.number().nonnegative(),
  /** Output was cut: more than the streamed cap was produced. */
  truncated: z.boolean(),
});
export const ErrorEventSchema = z.strictObject({ type: z.literal("error"), seq, message: z.string() });
/** "Still here": carries nothing, exists so that silence means a dead or hung runner. */
export const HeartbeatEventSchema = z.strictObject({ type: z.literal("heartbeat"), seq });

export const RunEventSchema = z.discriminatedUnion("type", [
  QueuedEventSchema,
  StartedEventSchema,
  StageEventSchema,
  OutputEventSchema,
  TestEventSchema,
  ExitEventSchema,
  ErrorEventSchema,
  HeartbeatEventSchema,
]);
export type RunEvent = z.infer<typeof RunEventSchema>;
export type ExitEvent = z.infer<typeof ExitEventSchema>;
export type TestEvent = z.infer<typeof TestEventSchema>;

/** An event before the runner numbers it. */
export type RunEventInput = RunEvent extends infer E ? (E extends { seq: number } ? Omit<E, "seq"> : never) : never;

/** The runner writes a heartbeat event this often during a run… */
export const HEARTBEAT_MS = 2_000;
/** …and a reader fails the run after this long without any event. */
export const SILENCE_MS = 5_000;

/**
 * Headers between the Room and a runner.
 * - load: on every POST /v1/runs answer (200, 429, 503): the runner's load right then as
 *   "<running+queued>/<concurrency>" (e.g. "3/2"); pools pick the less loaded of two runners with it.
 * - runId: on POST /v1/runs, the Room's run id, which the runner puts on its log lines.
 * - requestId: the Worker's request id, likewise.
 */
export const RUNNER_HEADERS = {
  load: "X-Runner-Load",
  runId: "X-Duet-Run-Id",
  requestId: "X-Request-Id",
} as const;

/** Parses an X-Runner-Load value into a comparable number (busy slots per slot); null when absent or malformed. */
export function parseRunnerLoad(value: string | null): number | null {
  const m = /^(\d+)\/(\d+)$/.exec(value?.trim() ?? "");
  if (!m || Number(m[2]) === 0) return null;
  return Number(m[1]) / Number(m[2]);
}

/** The runners a comma-separated list names (RUNNER_URLS, or the one RUNNER_URL): trimmed, empties dropped. */
export function runnerUrlList(list: string | undefined): string[] {
  return (list ?? "").split(",").map((u) => u.trim()).filter((u) => u !== "");
}

export const RUNNER_PATHS = {
  runs: "/v1/runs",
  languages: "/v1/languages",
  health: "/healthz",
  metrics: "/metrics",
} as const;
