/**
 * What a language declaration holds (contracts/languages.ts holds the declarations): the API's
 * view of a language, and what only the host and the judge read. Plain zod, no node imports.
 */
import { z } from "zod";

/** The languages the judge holds problems in: each has a harness (judge/harness/) and every problem a reference in it. */
export const JUDGED_LANGUAGE_IDS = ["javascript", "typescript", "python", "java", "cpp", "go", "c", "rust", "csharp"] as const;
export const JudgedLanguageIdSchema = z.enum(JUDGED_LANGUAGE_IDS);
export type JudgedLanguageId = z.infer<typeof JudgedLanguageIdSchema>;

/** Every language a room can write and run (plain mode: a program on stdin); the judged ones first. */
export const LANGUAGE_IDS = [...JUDGED_LANGUAGE_IDS, "ruby", "php", "perl", "lua", "bash", "kotlin", "haskell", "sql"] as const;
export const LanguageIdSchema = z.enum(LANGUAGE_IDS);
export type LanguageId = z.infer<typeof LanguageIdSchema>;

export function isJudged(id: LanguageId): id is JudgedLanguageId {
  return (JUDGED_LANGUAGE_IDS as readonly string[]).includes(id);
}

export { shortName } from "./language-names";

/** Per-language overrides of the runner's default limits (see runner-service/README.md). */
export const LimitOverridesSchema = z.strictObject({
  cpuMs: z.number().int().positive().optional(),
  wallMs: z.number().int().positive().optional(),
  memoryMb: z.number().int().positive().optional(),
  pids: z.number().int().positive().optional(),
});
export type LimitOverrides = z.infer<typeof LimitOverridesSchema>;

const ArgvSchema = z.array(z.string().min(1)).min(1);
const EnvSchema = z.record(z.string().regex(/^[A-Z_][A-Z0-9_]*$/), z.string());

export const StepSchema = z.strictObject({
  argv: ArgvSchema,
  env: EnvSchema.default({}),
  limits: LimitOverridesSchema.default({}),
});
export type Step = z.infer<typeof StepSchema>;

/** CodeMirror 6 grammars of the touch editor; C shares C++'s. Past Rust, @codemirror/legacy-modes' stream parsers (PHP: @codemirror/lang-php; SQL: legacy-modes' sql). */
export const CODEMIRROR_GRAMMARS = ["javascript", "typescript", "python", "java", "cpp", "go", "rust", "csharp", "ruby", "php", "perl", "lua", "shell", "kotlin", "haskell", "sql"] as const;
export type CodeMirrorGrammar = (typeof CODEMIRROR_GRAMMARS)[number];

/** A language as the API serves it (`GET /v1/languages`, `GET /api/languages`). */
export const LanguageSchema = z.strictObject({
  id: LanguageIdSchema,
  displayName: z.string().min(1),
  /** The toolchain version we ship (Debian bookworm packages / the runner's Node). */
  version: z.string().min(1),
  /** The entry file the request must contain; the editor names its buffer this way. */
  fileName: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/),
  monacoId: z.string().min(1),
  /** The touch editor's grammar (web/src/editor/phone/languages.ts loads each one); null: plain text there. */
  codemirror: z.enum(CODEMIRROR_GRAMMARS).nullable(),
  /** Whether problems can be judged in it (a harness and references); the others run programs only. */
  judged: z.boolean(),
  /** Compilers and syntax checks; their failures are CE. Absent: nothing to compile. */
  compile: StepSchema.optional(),
  run: StepSchema,
  /** Sandbox paths that must exist for the language to be available. */
  requires: z.array(z.string().startsWith("/")).min(1),
  /**
   * Whether RLIMIT_AS may stand in for the memory cgroup when none can be created.
   * False for runtimes that reserve huge address space up front (JVM, Go, V8).
   */
  addressSpaceLimitOk: z.boolean(),
  template: z.string(),
});
export type Language = z.infer<typeof LanguageSchema>;

/** What the host needs to provide a language; never served. */
const ToolchainSchema = z.strictObject({
  /**
   * Debian packages that provide it: scripts/install-toolchains.sh installs them (through
   * scripts/lib/toolchain-packages.mjs) and the Dockerfile must (a test checks). None: the runner's own Node.
   */
  packages: z.array(z.string().regex(/^[a-z0-9][a-z0-9+.-]+$/)),
  /** What the runtime prints when it fails on its own heap limit (`{heapMb}`): ML, not RE (classify.ts). */
  outOfMemory: z.array(z.instanceof(RegExp)),
});

/** How the judge treats the language (judge/); never served. */
const JudgeSettingsSchema = z.strictObject({
  /** A test's CPU limit is the problem's timeLimitMs × times + plusMs: slower runtimes and their start-up. */
  cpu: z.strictObject({ times: z.number().positive(), plusMs: z.number().int().nonnegative() }),
  /** A problem's reference solution in this language: problems/<slug>/<referenceFile>. */
  referenceFile: z.string().regex(/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/),
  /** Custom cases take their expected output from the present reference of lowest rank (quick to start first). */
  referenceRank: z.number().int().positive(),
});

/**
 * Everything about a language: one manifest entry. `judge` is there exactly for the judged
 * languages (JUDGED_LANGUAGE_IDS); `judged` is not written in an entry, it follows from that.
 */
export const LanguageDeclarationSchema = LanguageSchema.omit({ judged: true })
  .extend({ toolchain: ToolchainSchema, judge: JudgeSettingsSchema.optional() })
  .transform((l) => ({ ...l, judged: l.judge !== undefined }))
  .refine((l) => l.judged === isJudged(l.id), { message: "judge settings exactly for the judged languages (JUDGED_LANGUAGE_IDS)" });
export type LanguageDeclaration = z.infer<typeof LanguageDeclarationSchema>;
export type JudgedLanguageDeclaration = LanguageDeclaration & { id: JudgedLanguageId; judge: z.infer<typeof JudgeSettingsSchema> };

/** What `GET /v1/languages` returns: the manifest plus whether this runner has the toolchain. */
export const LanguageInfoSchema = LanguageSchema.extend({ available: z.boolean() });
export type LanguageInfo = z.infer<typeof LanguageInfoSchema>;
export const LanguagesResponseSchema = z.strictObject({ languages: z.array(LanguageInfoSchema) });
