/**
 * The problem library's contract: value types, function signatures, the problem file format
 * (`problems/<slug>/problem.json`), the public API (`GET /api/problems[/:slug]`) and judge results.
 * Plain data and zod, no node imports: the Worker, the Room and the web app import it.
 *
 * Values travel as JSON: a test's stdin is one canonical JSON value per parameter, one a line;
 * the harness prints the function's result as one canonical JSON line. Trees are LeetCode-style
 * level-order arrays with nulls (`[1,null,2]`, trailing nulls trimmed, `[]` = empty); linked lists
 * are arrays (`[1,2,3]`, `[]` = empty). Strings are printable ASCII.
 */
import { z } from "zod";
import { JUDGED_LANGUAGE_IDS, type JudgedLanguageId } from "./languages";
import { TestVerdictSchema } from "./runner";

export const VALUE_TYPES = [
  "int", "long", "double", "bool", "string",
  "int[]", "double[]", "string[]", "int[][]", "string[][]",
  "TreeNode", "ListNode",
] as const;
export const ValueTypeSchema = z.enum(VALUE_TYPES);
export type ValueType = z.infer<typeof ValueTypeSchema>;

/**
 * How a result is compared with the expected one. Results of type double/double[] are always
 * compared with a tolerance of 1e-5 (absolute or relative).
 * - exact: the canonical JSON must match;
 * - unordered: the outer array's order does not matter;
 * - unordered-deep: neither the outer nor the inner arrays' order matters (2-D results).
 */
export const COMPARE_MODES = ["exact", "unordered", "unordered-deep"] as const;
export const CompareModeSchema = z.enum(COMPARE_MODES);
export type CompareMode = z.infer<typeof CompareModeSchema>;
export const FLOAT_TOLERANCE = 1e-5;

/** Words no parameter or function may be called in any of the judged languages (C#'s keywords in the last lines). */
export const RESERVED_NAMES = new Set([
  "abstract", "and", "as", "assert", "async", "await", "bool", "boolean", "break", "byte", "case", "catch", "char", "class",
  "const", "continue", "crate", "def", "default", "defer", "del", "delete", "do", "double", "elif", "else", "enum", "except",
  "export", "extends", "extern", "false", "final", "finally", "float", "fn", "for", "from", "func", "function", "global", "go",
  "goto", "if", "impl", "import", "in", "instanceof", "int", "interface", "is", "lambda", "len", "let", "long", "loop", "main",
  "map", "match", "mod", "move", "mut", "new", "nil", "none", "nonlocal", "not", "null", "or", "package", "pass", "print",
  "private", "pub", "public", "raise", "range", "ref", "return", "self", "short", "signed", "static", "string", "struct",
  "super", "switch", "template", "this", "throw", "trait", "true", "try", "type", "typeof", "union", "unsafe", "unsigned",
  "use", "var", "void", "where", "while", "with", "yield", "solution", "result", "args", "input", "list", "str", "vec",
  "base", "checked", "decimal", "delegate", "event", "explicit", "fixed", "foreach", "implicit", "internal", "lock",
  "namespace", "object", "operator", "out", "override", "params", "protected", "readonly", "sbyte", "sealed", "sizeof",
  "stackalloc", "uint", "ulong", "unchecked", "ushort", "using", "virtual", "volatile",
]);

const Identifier = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]{0,30}$/, "must be lowerCamelCase ASCII (letters and digits, starting lowercase)")
  .refine((n) => !RESERVED_NAMES.has(n.toLowerCase()) && !n.toLowerCase().startsWith("duet"), "is a reserved word in one of the languages");

export const ParamSchema = z.strictObject({ name: Identifier, type: ValueTypeSchema });
export type Param = z.infer<typeof ParamSchema>;

/** A function the harness calls once per test (`twoSum(nums, target)`), in `class Solution` where the language has one. */
export const FunctionSignatureSchema = z
  .strictObject({
    function: Identifier,
    params: z.array(ParamSchema).min(1).max(6),
    returns: ValueTypeSchema,
    compare: CompareModeSchema.default("exact"),
  })
  .superRefine((s, ctx) => {
    const names = s.params.map((p) => p.name);
    if (new Set(names).size !== names.length) ctx.addIssue({ code: "custom", path: ["params"], message: "parameter names must be unique" });
    if (names.includes(s.function)) ctx.addIssue({ code: "custom", path: ["function"], message: "the function may not share a parameter's name" });
    if (s.compare !== "exact" && !s.returns.endsWith("[]")) {
      ctx.addIssue({ code: "custom", path: ["compare"], message: `"${s.compare}" needs an array result, not ${s.returns}` });
    }
    if (s.compare === "unordered-deep" && !s.returns.endsWith("[][]")) {
      ctx.addIssue({ code: "custom", path: ["compare"], message: `"unordered-deep" needs a 2-D array result, not ${s.returns}` });
    }
  });
export type FunctionSignature = z.infer<typeof FunctionSignatureSchema>;

const uniqueNames = (params: { name: string }[]) => new Set(params.map((p) => p.name)).size === params.length;

/** Classes the harnesses define or call themselves (Java's entry point is `Main`). */
const HARNESS_CLASSES = new Set(["Main", "Solution", "TreeNode", "ListNode"]);

/** A design problem's method: `void` when it returns nothing (its result is `null`, as LeetCode shows it). */
export const MethodSchema = z
  .strictObject({ name: Identifier, params: z.array(ParamSchema).max(6), returns: z.union([ValueTypeSchema, z.literal("void")]) })
  .refine((m) => uniqueNames(m.params), { message: "parameter names must be unique", path: ["params"] });
export type Method = z.infer<typeof MethodSchema>;

/**
 * A design problem (LeetCode's format): a class the candidate writes, constructed with `init` and
 * then called method by method. A test is the calls (`operations`: the class name, then method
 * names) with their arguments (`arguments`: one array per call), and the result of every call
 * (`null` for the constructor and void methods).
 */
export const DesignSignatureSchema = z
  .strictObject({
    class: z.string().regex(/^[A-Z][A-Za-z0-9]{0,30}$/, "must be UpperCamelCase ASCII (letters and digits, starting uppercase)")
      .refine((n) => !RESERVED_NAMES.has(n.toLowerCase()) && !n.toLowerCase().startsWith("duet") && !HARNESS_CLASSES.has(n), "is a reserved word in one of the languages, or a class the harness defines"),
    init: z.array(ParamSchema).max(6),
    methods: z.array(MethodSchema).min(1).max(12),
  })
  .superRefine((s, ctx) => {
    if (!uniqueNames(s.init)) ctx.addIssue({ code: "custom", path: ["init"], message: "parameter names must be unique" });
    if (!uniqueNames(s.methods)) ctx.addIssue({ code: "custom", path: ["methods"], message: "method names must be unique" });
  });
export type DesignSignature = z.infer<typeof DesignSignatureSchema>;

// ── SQL problems (sql-format.md in the notes; the judge: judge/sql/) ────────────────────────────
/** A name SQLite takes unquoted: the tables' and columns' names, and a result's column names. */
const SqlIdentifier = z.string().max(40).regex(/^[A-Za-z_][A-Za-z0-9_]*$/, "must be an SQL identifier ([A-Za-z_][A-Za-z0-9_]*)");
export const SQL_COLUMN_TYPES = ["INTEGER", "REAL", "TEXT"] as const;
export const SqlColumnSchema = z.strictObject({
  name: SqlIdentifier,
  /** Dates are TEXT ('YYYY-MM-DD'). */
  type: z.enum(SQL_COLUMN_TYPES),
  primaryKey: z.boolean().optional(),
  /** Columns are NOT NULL unless they say so. */
  nullable: z.boolean().optional(),
});
export type SqlColumn = z.infer<typeof SqlColumnSchema>;
export const SqlTableSchema = z
  .strictObject({ name: SqlIdentifier, columns: z.array(SqlColumnSchema).min(1).max(16) })
  .refine((t) => new Set(t.columns.map((c) => c.name.toLowerCase())).size === t.columns.length, { message: "column names must be unique", path: ["columns"] });
export type SqlTable = z.infer<typeof SqlTableSchema>;
/** "any": the rows compare as a multiset; "ordered": the statement asks for an ORDER BY, and row i must be expected row i. */
export const SQL_ORDERS = ["any", "ordered"] as const;
/** An SQL problem: the candidate writes one query over these tables; judged on its result set. */
export const SqlSignatureSchema = z
  .strictObject({ kind: z.literal("sql"), tables: z.array(SqlTableSchema).min(1).max(8), order: z.enum(SQL_ORDERS) })
  .refine((s) => new Set(s.tables.map((t) => t.name.toLowerCase())).size === s.tables.length, { message: "table names must be unique", path: ["tables"] });
export type SqlSignature = z.infer<typeof SqlSignatureSchema>;

/** A value in an SQL dataset or result: NULL, a number or text. */
export const SqlValueSchema = z.union([z.number(), z.string(), z.null()]);
export type SqlValue = z.infer<typeof SqlValueSchema>;
/** A query's result: its column names in order, and its rows. */
export const SqlResultSetSchema = z.strictObject({ columns: z.array(z.string()), rows: z.array(z.array(SqlValueSchema)) });
export type SqlResultSet = z.infer<typeof SqlResultSetSchema>;
/** An SQL test's input: every table's rows, each an array in column order. */
export const SqlDatasetSchema = z.record(z.string(), z.array(z.array(SqlValueSchema)));
export type SqlDataset = z.infer<typeof SqlDatasetSchema>;

export type Signature = FunctionSignature | DesignSignature | SqlSignature;

/**
 * What the candidate writes: one function, or a class whose methods are called in sequence (a
 * `class` key says which). Chosen by that key rather than a union, so an author's mistake is told
 * as the one schema's own issue (`signature.params.0.type: …`), not as "Invalid input".
 */
export const SignatureSchema = z.unknown().transform((v, ctx): Signature => {
  const design = typeof v === "object" && v !== null && "class" in v;
  const sql = typeof v === "object" && v !== null && "kind" in v && v.kind === "sql";
  const parsed = (sql ? SqlSignatureSchema : design ? DesignSignatureSchema : FunctionSignatureSchema).safeParse(v);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, input: v } as never);
  return z.NEVER;
});

export function isDesign(sig: Signature): sig is DesignSignature {
  return "class" in sig;
}

export function isSql(sig: Signature): sig is SqlSignature {
  return "kind" in sig && sig.kind === "sql";
}

/** A function or design signature: what the harnesses of the judged languages call. */
export type CodeSignature = FunctionSignature | DesignSignature;

/** A language a problem can be judged in: the harnessed ones, and SQL for SQL problems. */
export const PROBLEM_LANGUAGE_IDS = [...JUDGED_LANGUAGE_IDS, "sql"] as const;
export const ProblemLanguageIdSchema = z.enum(PROBLEM_LANGUAGE_IDS);
export type ProblemLanguageId = JudgedLanguageId | "sql";
export const isProblemLanguage = (id: string): id is ProblemLanguageId => (PROBLEM_LANGUAGE_IDS as readonly string[]).includes(id);

/**
 * The languages a problem is judged in: an SQL problem only in `sql`; a function or design problem
 * in every judged language (harnesses, references, starters). Starters, signatures, references,
 * the prover, the seed, the API and the room's run plan all ask this.
 */
export function problemLanguages(sig: Signature): readonly ProblemLanguageId[] {
  return isSql(sig) ? ["sql"] : JUDGED_LANGUAGE_IDS;
}

/** A design test's two inputs, as LeetCode names them. */
export const DESIGN_INPUTS = ["operations", "arguments"] as const;

export const DIFFICULTIES = ["easy", "medium", "hard"] as const;
export const DifficultySchema = z.enum(DIFFICULTIES);

/** One example or test in a problem folder: arguments by parameter name, and the result. */
export const CaseSpecSchema = z.strictObject({
  input: z.record(z.string(), z.unknown()),
  output: z.unknown(),
  explanation: z.string().optional(),
});
export type CaseSpec = z.infer<typeof CaseSpecSchema>;

/** An interviewer-only follow-up question and what a strong answer to it says. */
export const FollowUpSchema = z.strictObject({ question: z.string().min(1).max(600), answer: z.string().min(1).max(1200) });
export type FollowUp = z.infer<typeof FollowUpSchema>;

/**
 * The topics a problem library is browsed by (a problem's tags name at least one of them). One
 * list for the picker's filter and for the check that every topic has problems.
 */
export const TOPICS = [
  "arrays", "hash-map", "strings", "two-pointers", "sliding-window", "stack", "monotonic-stack", "binary-search",
  "linked-list", "trees", "bst", "trie", "heap", "intervals", "greedy", "backtracking", "graphs", "bfs", "dfs",
  "topological-sort", "union-find", "shortest-path", "dynamic-programming", "dynamic-programming-2d",
  "bit-manipulation", "math", "design", "prefix-sum", "sorting", "recursion", "matrix",
  "sql", "joins", "grouping", "window-functions", "subqueries", "null-handling",
] as const;

/** A problem's complexity guard: what the naive solution costs and what the intended one does. */
export const GuardSchema = z.strictObject({
  naive: z.string().min(1).max(60),
  intended: z.string().min(1).max(60),
});
export type Guard = z.infer<typeof GuardSchema>;

/** `problems/<slug>/problem.json`. The statement is `statement.md`, hidden tests `tests.json` (+ `generate.mjs`). */
export const ProblemFileSchema = z.strictObject({
  title: z.string().min(1).max(100),
  difficulty: DifficultySchema,
  tags: z.array(z.enum(TOPICS, { message: `must be one of the topics: ${TOPICS.join(", ")}` })).min(1).max(8),
  signature: SignatureSchema,
  examples: z.array(CaseSpecSchema).min(1).max(8),
  constraints: z.array(z.string().min(1)).max(12).default([]),
  /** CPU time per test for C/C++/Rust/Go; other languages get a multiple (judge/limits.ts). */
  timeLimitMs: z.number().int().min(200).max(5000).default(1000),
  /** Position in the problem list. */
  order: z.number().int().nonnegative().default(1000),
  /** Minutes a prepared candidate needs, for the interviewer's plan (the picker shows it). */
  expectedMinutes: z.number().int().min(5).max(120).optional(),
  /** Progressive hints, mildest first: the interviewer reveals them one at a time in the room. */
  hints: z.array(z.string().min(1).max(600)).max(6).default([]),
  /** Interviewer-only: questions to ask once it works, each with what a strong answer says. */
  followUps: z.array(FollowUpSchema).max(8).default([]),
  /** Interviewer-only: what a strong solution and discussion look like (Markdown). */
  strongAnswer: z.string().max(2000).optional(),
  /**
   * A complexity guard: the intended complexity beats the naive one, so the hidden tests include
   * inputs large enough that a naive solution (under `naive/`, in C++, Java and Python at least) is
   * refused with TLE while the reference stays 20 times under the C++ limit.
   */
  guard: GuardSchema.optional(),
  /** A medium or hard problem without a guard says why: the naive solution is the intended one, or the limits cannot tell them apart. */
  noGuard: z.string().min(10).max(300).optional(),
});
export type ProblemFile = z.infer<typeof ProblemFileSchema>;

// ── public API ──────────────────────────────────────────────────────────────────────────────────
/**
 * A problem's slug: its folder name, its URL segment and its key in D1. One rule for every place
 * that takes one (the problem folders, `GET /api/problems/:slug`, creating a room, picking a problem).
 */
export const ProblemSlugSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "a problem slug is words of lowercase letters and digits joined by single dashes");

export const ProblemSummarySchema = z.strictObject({
  slug: z.string(),
  title: z.string(),
  difficulty: DifficultySchema,
  tags: z.array(z.string()),
  /** Minutes a prepared candidate usually needs. */
  expectedMinutes: z.number().int(),
  /** Set on an interviewer's own problem (contracts/own-problems.ts): the organisation's, or the account's own; absent for the library's. */
  owner: z.enum(["org", "mine"]).optional(),
});
export type ProblemSummary = z.infer<typeof ProblemSummarySchema>;

export const PublicExampleSchema = z.strictObject({
  input: z.record(z.string(), z.unknown()),
  output: z.unknown(),
  explanation: z.string().optional(),
});

/**
 * The function a problem asks for, as written in one language: the declaration (`def twoSum(self,
 * nums: List[int], target: int) -> List[int]`) and what it must sit in (`class Solution`; null where
 * it is a free function). One source, the problem's signature: the statement shows it, the starter
 * code is built from it, and a run whose code does not match it is explained with it.
 */
export const LanguageSignatureSchema = z.strictObject({ container: z.string().nullable(), declaration: z.string() });
export type LanguageSignature = z.infer<typeof LanguageSignatureSchema>;

/** `GET /api/problems/:slug`: everything a candidate may see; never hidden tests or references. */
export const ProblemDetailSchema = ProblemSummarySchema.extend({
  statement: z.string(),
  constraints: z.array(z.string()),
  signature: SignatureSchema,
  examples: z.array(PublicExampleSchema),
  /** Per language the problem is judged in (problemLanguages): every judged language, or `sql` alone. */
  starter: z.partialRecord(ProblemLanguageIdSchema, z.string()),
  signatures: z.partialRecord(ProblemLanguageIdSchema, LanguageSignatureSchema),
  timeLimitMs: z.number().int(),
  hiddenTests: z.number().int().nonnegative(),
});
export type ProblemDetail = z.infer<typeof ProblemDetailSchema>;

// ── judge results ───────────────────────────────────────────────────────────────────────────────
/** A test's verdict, or IE when the run could not be judged (runner failure, stream cut). */
export const JudgeVerdictSchema = z.union([TestVerdictSchema, z.literal("IE")]);
export type JudgeVerdict = z.infer<typeof JudgeVerdictSchema>;

export const CASE_KINDS = ["example", "custom", "hidden"] as const;
export const CaseKindSchema = z.enum(CASE_KINDS);
export type CaseKind = z.infer<typeof CaseKindSchema>;

const shown = {
  /** `name = value` lines (values may be cut for display). */
  input: z.string(),
  expected: z.string(),
  /** The function's result as the harness printed it ("" when it printed nothing). */
  actual: z.string(),
  /** What the candidate's code printed while the test ran (their prints go to stderr), and runtime errors. */
  stdout: z.string(),
};

/** A design test's first call whose result is wrong: `get(1)` returned `-1`, expected `1`. */
export const FailedCallSchema = z.strictObject({
  /** 0-based among the test's calls (0: the constructor). */
  index: z.number().int().nonnegative(),
  call: z.string(),
  expected: z.string(),
  actual: z.string(),
});
export type FailedCall = z.infer<typeof FailedCallSchema>;

/** One test's outcome. Run shows every test's details; Submit only the failing one's. */
export const TestOutcomeSchema = z.strictObject({
  index: z.number().int().nonnegative(),
  kind: CaseKindSchema,
  verdict: JudgeVerdictSchema,
  timeMs: z.number().nonnegative(),
  memoryKb: z.number().nonnegative(),
  ...z.strictObject(shown).partial().shape,
  /** A design test's wrong answer: the call that returned it. */
  call: FailedCallSchema.optional(),
  /** An SQL test's wrong answer: both result sets (the actual one null when it could not be read) and what differs first. */
  resultSets: z.strictObject({ expected: SqlResultSetSchema, actual: SqlResultSetSchema.nullable(), difference: z.string(), row: z.number().int().nonnegative().optional(), column: z.number().int().nonnegative().optional() }).optional(),
});
export type TestOutcome = z.infer<typeof TestOutcomeSchema>;

/** The first failing test, as shown to the candidate. */
export const FailureSchema = TestOutcomeSchema.extend(shown);
export type Failure = z.infer<typeof FailureSchema>;

/**
 * The code does not have what the problem's harness calls: no `Solution` class (missing_class), no
 * method or function of the expected name (missing_function), or one taking another number of
 * parameters (wrong_arity). `found`: what the code has instead, when the judge can tell (e.g.
 * `two_sum(self, nums, target)`), as the candidate wrote it.
 */
export const SIGNATURE_MISMATCHES = ["missing_class", "missing_function", "wrong_arity"] as const;
export const SignatureMismatchSchema = z.strictObject({
  kind: z.enum(SIGNATURE_MISMATCHES),
  expected: LanguageSignatureSchema,
  found: z.string().max(200).optional(),
});
export type SignatureMismatch = z.infer<typeof SignatureMismatchSchema>;

export const JudgeResultSchema = z.strictObject({
  mode: z.enum(["run", "submit"]),
  verdict: JudgeVerdictSchema,
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Maxima over the tests that ran. */
  timeMs: z.number().nonnegative(),
  memoryKb: z.number().nonnegative(),
  tests: z.array(TestOutcomeSchema),
  failure: FailureSchema.optional(),
  /** The compiler's output on CE; the reason on IE. */
  message: z.string().optional(),
  /** Set (with verdict CE) when the code does not match the problem's signature: shown instead of the harness's errors. */
  mismatch: SignatureMismatchSchema.optional(),
  /**
   * The runner's CPU calibration (its `started` event): the time limits were this many times the
   * problem's, because its host is that much slower than the reference host. Absent: 1, or unknown.
   */
  cpuScale: z.number().positive().optional(),
});
export type JudgeResult = z.infer<typeof JudgeResultSchema>;
