/**
 * Checking a problem folder's contents and compiling them into what the seed stores. Pure: the
 * caller reads the files (scripts/lib/seed-problems.mjs, problems/lib/load.ts) and passes their
 * contents; every error names the file it is about.
 *
 *   problems/<slug>/problem.json   title, difficulty, tags, signature, examples, constraints, timeLimitMs
 *   problems/<slug>/statement.md   the statement (markdown)
 *   problems/<slug>/tests.json     hidden tests: [{input:{<param>: value}, output}]
 *   problems/<slug>/generate.mjs   optional: more hidden tests (large inputs), made at seed time
 *   problems/<slug>/solution.<ext> reference solutions (solution.py, Solution.java, …)
 *   problems/<slug>/wrong/<what>.<ext> known-wrong solutions (off-by-one, greedy, overflow…): CI proves each refused
 *   problems/<slug>/solution-alt.<ext> optional second references written another way: each must be Accepted too
 * An SQL problem (signature kind "sql") has solution.sql (and solution-alt.sql), wrong/*.sql, and
 * tests whose input is every table's rows and whose output is a result set ({columns, rows}).
 */
import { describeValue, expandRecipe, expandValue, hasGen, RecipeError, RecipeSchema, type GenValue, type Recipe } from "../contracts/generated-input";
import { JUDGED_DECLARATIONS, type JudgedLanguageId } from "../contracts/languages";
import { CaseSpecSchema, isDesign, isSql, problemLanguages, ProblemFileSchema, ProblemSlugSchema, type FollowUp, type Guard, type ProblemFile, type ProblemLanguageId, type Signature } from "../contracts/problems";
import { MAX_TESTS, MAX_TEST_BYTES } from "../contracts/runner";
import { hasFloats } from "./compare";
import { startersOf } from "./problem-languages";
import type { JudgeCase } from "./problem";
import { checkArgs, checkOutput, encodeInput, encodeResult } from "./values";

export class ProblemError extends Error {
  constructor(readonly file: string, detail: string) {
    super(`${file}: ${detail}`);
  }
}

export interface ProblemSources {
  slug: string;
  /** Folder for messages, e.g. "problems/two-sum". */
  dir: string;
  problemJson: unknown;
  statement: string;
  tests: unknown;
  /** Cases from generate.mjs, if there is one. */
  generated?: unknown;
  reference: Partial<Record<ProblemLanguageId, string>>;
  /** Second references (`solution-alt.<ext>`), by file name: each must be Accepted like the reference. */
  alternatives?: Record<string, string>;
  /** Known-wrong solutions, by file name under `wrong/`. */
  wrong?: Record<string, string>;
  /** Correct but naive solutions, by file name under `naive/` (a complexity guard's). */
  naive?: Record<string, string>;
}

/** A solution that must be refused: `wrong/<name>.<ext>`, its language from the extension. */
export interface WrongSolution {
  file: string;
  language: ProblemLanguageId;
  code: string;
}

export interface ExampleRecord {
  input: Record<string, unknown>;
  output: unknown;
  explanation?: string;
  stdin: string;
  expected: string;
}

export interface ProblemRecord {
  slug: string;
  title: string;
  difficulty: ProblemFile["difficulty"];
  tags: string[];
  order: number;
  statement: string;
  constraints: string[];
  signature: Signature;
  timeLimitMs: number;
  examples: ExampleRecord[];
  hidden: JudgeCase[];
  /** Per language the problem is judged in (problemLanguages). */
  starter: Partial<Record<ProblemLanguageId, string>>;
  reference: Partial<Record<ProblemLanguageId, string>>;
  /** Second references written another way (solution-alt.<ext>): proved Accepted like the reference. */
  alternatives: WrongSolution[];
  expectedMinutes: number;
  hints: string[];
  followUps: FollowUp[];
  strongAnswer: string | null;
  wrong: WrongSolution[];
  /** The complexity guard, with its naive solutions (each must be refused with TLE on a hidden test); null without one. */
  guard: (Guard & { naive: string; solutions: WrongSolution[] }) | null;
  /** Why a medium or hard problem has no guard; null when it has one (or is easy and says nothing). */
  noGuard: string | null;
}

/** The languages a complexity guard's naive solution must be refused in (issue 18). */
export const GUARD_LANGUAGES: readonly JudgedLanguageId[] = ["cpp", "java", "python"];
/** The reference's C++ time on every test, at most this share of the C++ limit: the naive one is then 20 times slower at least. */
export const GUARD_RATIO = 20;

/** The file names reference solutions are read from (the manifest's `judge.referenceFile`). */
export const REFERENCE_FILES = { ...Object.fromEntries(JUDGED_DECLARATIONS.map((l) => [l.id, l.judge.referenceFile])), sql: "solution.sql" } as Record<ProblemLanguageId, string>;

/** A source file's language by its extension (`.py`, `.java`, …), as the reference files name them. */
const LANGUAGE_BY_EXTENSION = new Map<string, ProblemLanguageId>(Object.values(REFERENCE_FILES).map((f, i) => [f.slice(f.lastIndexOf(".")), Object.keys(REFERENCE_FILES)[i] as ProblemLanguageId]));

/** Minutes when a problem does not say: what interviewers plan for each level. */
export const DEFAULT_MINUTES: Record<ProblemFile["difficulty"], number> = { easy: 15, medium: 25, hard: 40 };

const MAX_SHOWN_FLOAT_OUTPUT = 8 * 1024; // the runner shows this much stdout of a failed test

export function compileProblem(src: ProblemSources): ProblemRecord {
  const file = (name: string) => `${src.dir}/${name}`;
  if (!ProblemSlugSchema.safeParse(src.slug).success) throw new ProblemError(src.dir, "the folder name must be a slug (lowercase letters, digits, dashes)");
  const parsed = ProblemFileSchema.safeParse(src.problemJson);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProblemError(file("problem.json"), `${issue.path.join(".") || "(root)"}: ${issue.message}`);
  }
  const p = parsed.data;
  if (src.statement.trim() === "") throw new ProblemError(file("statement.md"), "the statement is empty");

  const examples = p.examples.map((ex, i) => {
    const c = compileCase(p.signature, ex, `example ${i + 1}`, file("problem.json"));
    return { input: ex.input, output: ex.output, ...(ex.explanation ? { explanation: ex.explanation } : {}), stdin: c.input, expected: c.expected };
  });

  if (!Array.isArray(src.tests)) throw new ProblemError(file("tests.json"), "expected an array of {input, output}");
  const hidden: JudgeCase[] = src.tests.map((t, i) => compileCase(p.signature, t, `test ${i + 1}`, file("tests.json")));
  if (src.generated !== undefined) {
    if (!Array.isArray(src.generated)) throw new ProblemError(file("generate.mjs"), "the default export must return an array of {input, output}");
    hidden.push(...src.generated.map((t, i) => compileCase(p.signature, t, `generated test ${i + 1}`, file("generate.mjs"))));
  }
  if (hidden.length === 0) throw new ProblemError(file("tests.json"), "a problem needs at least one hidden test");
  if (hidden.length > MAX_TESTS) throw new ProblemError(file("tests.json"), `at most ${MAX_TESTS} hidden tests (one runner request), got ${hidden.length}`);
  const guard = compileGuard(p, src, file);

  return {
    slug: src.slug,
    title: p.title,
    difficulty: p.difficulty,
    tags: p.tags,
    order: p.order,
    statement: src.statement,
    constraints: p.constraints,
    signature: p.signature,
    timeLimitMs: p.timeLimitMs,
    examples,
    hidden,
    starter: startersOf(p.signature),
    reference: src.reference,
    alternatives: Object.entries(src.alternatives ?? {}).map(([name, code]) => solutionIn(p.signature, file(name), code)),
    expectedMinutes: p.expectedMinutes ?? DEFAULT_MINUTES[p.difficulty],
    hints: p.hints,
    followUps: p.followUps,
    strongAnswer: p.strongAnswer ?? null,
    wrong: Object.entries(src.wrong ?? {}).map(([name, code]) => solutionIn(p.signature, file(`wrong/${name}`), code)),
    guard,
    noGuard: p.noGuard ?? null,
  };
}

function compileGuard(p: ProblemFile, src: ProblemSources, file: (name: string) => string): ProblemRecord["guard"] {
  const naive = Object.entries(src.naive ?? {}).map(([name, code]) => wrongSolution(file(`naive/${name}`), code));
  if (p.guard && p.noGuard) throw new ProblemError(file("problem.json"), "a problem has a guard or says why it has none (noGuard), not both");
  if (!p.guard) {
    if (naive.length > 0) throw new ProblemError(file("naive"), "naive solutions are a complexity guard's: declare `guard` in problem.json");
    return null;
  }
  const missing = GUARD_LANGUAGES.filter((l) => !naive.some((n) => n.language === l));
  if (missing.length > 0) throw new ProblemError(file("naive"), `a guard's naive solution is needed in ${missing.join(", ")} (naive/naive.cpp, naive/naive.java, naive/naive.py)`);
  return { ...(p.guard as Guard), solutions: naive };
}

/** A solution file of the problem's: in a language the problem is judged in. */
function solutionIn(sig: Signature, file: string, code: string): WrongSolution {
  const s = wrongSolution(file, code);
  if (!problemLanguages(sig).includes(s.language)) throw new ProblemError(file, `this problem is not judged in ${s.language} (${problemLanguages(sig).join(", ")})`);
  return s;
}

function wrongSolution(file: string, code: string): WrongSolution {
  const language = LANGUAGE_BY_EXTENSION.get(file.slice(file.lastIndexOf(".")));
  if (!language) throw new ProblemError(file, `the extension names no language (${[...LANGUAGE_BY_EXTENSION.keys()].join(" ")})`);
  if (code.trim() === "") throw new ProblemError(file, "empty");
  return { file, language, code };
}

function compileCase(sig: Signature, raw: unknown, what: string, file: string): JudgeCase {
  const c = CaseSpecSchema.safeParse(raw);
  if (!c.success) throw new ProblemError(file, `${what}: expected {input: {<parameter>: value}, output}: ${c.error.issues[0].message}`);
  if (Object.values(c.data.input).some(hasGen)) return compileGeneratedCase(sig, c.data.input, c.data.output, what, file);
  const argErr = checkArgs(sig, c.data.input);
  if (argErr) throw new ProblemError(file, `${what}: input: ${argErr}`);
  const outErr = checkOutput(sig, c.data.input, c.data.output);
  if (outErr) throw new ProblemError(file, `${what}: ${outErr}${isDesign(sig) || isSql(sig) ? "" : ` (the signature returns ${sig.returns})`}`);
  const input = encodeInput(sig, c.data.input);
  const expected = encodeResult(sig, c.data.output, c.data.input) + "\n";
  if (new TextEncoder().encode(input + expected).byteLength > MAX_TEST_BYTES) {
    throw new ProblemError(file, `${what}: input and output are over the runner's ${MAX_TEST_BYTES / 1024} KiB per test`);
  }
  if (hasFloats(sig) && expected.length > MAX_SHOWN_FLOAT_OUTPUT) {
    throw new ProblemError(file, `${what}: a floating-point result must print under ${MAX_SHOWN_FLOAT_OUTPUT / 1024} KiB to be compared with tolerance`);
  }
  return { kind: file.endsWith("problem.json") ? "example" : "hidden", input, expected };
}

/**
 * A hidden test whose input is a recipe (`{"$gen": …}` values, contracts/generated-input.ts): its
 * values are made here exactly as the runner will make them, and checked like any other input;
 * only the recipe and the expected output travel, so the input may be far over the per-test cap.
 */
function compileGeneratedCase(sig: Signature, input: Record<string, unknown>, output: unknown, what: string, file: string): JudgeCase {
  if (file.endsWith("problem.json")) throw new ProblemError(file, `${what}: an example is shown to the candidate, so its input is written out, not generated`);
  if (isDesign(sig)) throw new ProblemError(file, `${what}: a design problem's calls are written out, not generated`);
  if (isSql(sig)) throw new ProblemError(file, `${what}: an SQL test's rows are written out, not generated`);
  const parsed = RecipeSchema.safeParse(sig.params.map((p) => (p.name in input ? input[p.name] : null)));
  if (!parsed.success) throw new ProblemError(file, `${what}: input: not a recipe: ${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
  const recipe: Recipe = parsed.data;
  const args: Record<string, unknown> = {};
  try {
    for (const k of Object.keys(input)) args[k] = expandValue(input[k] as GenValue);
  } catch (e) {
    if (e instanceof RecipeError) throw new ProblemError(file, `${what}: input: ${e.message}`);
    throw e;
  }
  const argErr = checkArgs(sig, args);
  if (argErr) throw new ProblemError(file, `${what}: input: ${argErr}`);
  const outErr = checkOutput(sig, args, output);
  if (outErr) throw new ProblemError(file, `${what}: ${outErr} (the signature returns ${sig.returns})`);
  // What the runner makes must be what the harness reads: the canonical encoding of the values.
  if (expandRecipe(recipe) !== encodeInput(sig, args)) throw new ProblemError(file, `${what}: the recipe's stdin is not the canonical encoding of its values`);
  const expected = encodeResult(sig, output) + "\n";
  if (new TextEncoder().encode(JSON.stringify(recipe) + expected).byteLength > MAX_TEST_BYTES) {
    throw new ProblemError(file, `${what}: the expected output is over the runner's ${MAX_TEST_BYTES / 1024} KiB per test`);
  }
  if (hasFloats(sig)) throw new ProblemError(file, `${what}: a generated test's output is compared exactly, so its result cannot be floating-point`);
  return { kind: "hidden", input: recipe.map((v) => describeValue(v)).join("\n") + "\n", expected, generate: recipe };
}
