/**
 * The problem library: `GET /api/problems` (list) and `GET /api/problems/:slug` (statement,
 * examples, constraints, signature, per-language starter code). Never hidden tests or reference
 * solutions. Also the D1 reads and writes the Room's Run/Submit needs (`loadJudgeProblem`,
 * `recordSubmission`).
 */
import { asc, eq } from "drizzle-orm";
import { Hono } from "hono";
import type { LanguageId } from "../../contracts/languages";
import { ProblemSlugSchema, type JudgeResult, type ProblemDetail, type ProblemSummary, type Signature } from "../../contracts/problems";
import type { JudgeCase, ReferenceProblem } from "../../judge/index";
import type { ExampleRecord } from "../../judge/problem-spec";
import type { AppEnv } from "../app-env";
import { db, type Db } from "../db/rooms";
import { problems, problemTests, submissions } from "../db/schema";
import { HttpError } from "../http-error";

const summaryColumns = { slug: problems.slug, title: problems.title, difficulty: problems.difficulty, tags: problems.tags };

export const problemRoutes = new Hono<AppEnv>()
  .get("/api/problems", async (c) => {
    const rows = await db(c.env).select(summaryColumns).from(problems).orderBy(asc(problems.position), asc(problems.slug));
    return c.json({ problems: rows satisfies ProblemSummary[] });
  })
  .get("/api/problems/:slug", async (c) => {
    const slug = ProblemSlugSchema.safeParse(c.req.param("slug"));
    if (!slug.success) throw new HttpError("bad_request", slug.error.issues[0].message);
    const row = await problemRow(db(c.env), slug.data);
    if (!row) throw new HttpError("not_found", `no problem "${slug.data}"`);
    const detail: ProblemDetail = {
      slug: row.slug, title: row.title, difficulty: row.difficulty, tags: row.tags,
      statement: row.statement, constraints: row.constraints, signature: row.signature as Signature,
      examples: (row.examples as ExampleRecord[]).map(({ input, output, explanation }) => ({ input, output, ...(explanation ? { explanation } : {}) })),
      starter: row.starter as ProblemDetail["starter"], timeLimitMs: row.timeLimitMs, hiddenTests: row.hiddenCount,
    };
    return c.json(detail);
  });

async function problemRow(d: Db, slug: string) {
  const [row] = await d.select().from(problems).where(eq(problems.slug, slug)).limit(1);
  return row;
}

/** Everything the Room needs to judge a problem, or null when there is no such problem. */
export interface LoadedProblem {
  problem: ReferenceProblem;
  /** Visible examples (Run). */
  examples: JudgeCase[];
  /** Hidden tests in order (Submit). */
  hidden: JudgeCase[];
}

export async function loadJudgeProblem(env: Env, slug: string): Promise<LoadedProblem | null> {
  const d = db(env);
  const row = await problemRow(d, slug);
  if (!row) return null;
  const tests = await d.select().from(problemTests).where(eq(problemTests.slug, slug)).orderBy(asc(problemTests.idx));
  return {
    problem: { slug, signature: row.signature as Signature, timeLimitMs: row.timeLimitMs, reference: row.reference as Partial<Record<LanguageId, string>> },
    examples: (row.examples as ExampleRecord[]).map((e) => ({ kind: "example", input: e.stdin, expected: e.expected })),
    hidden: tests.map((t) => ({ kind: "hidden", input: t.input, expected: t.expected })),
  };
}

/** Records a judged submission; returns its id. */
export async function recordSubmission(
  env: Env,
  s: { roomId: string; userId: string; problemSlug: string; language: LanguageId; code: string; result: JudgeResult },
  now = Date.now(),
): Promise<string> {
  const id = crypto.randomUUID();
  await db(env).insert(submissions).values({
    id, roomId: s.roomId, userId: s.userId, problemSlug: s.problemSlug, language: s.language, code: s.code,
    verdict: s.result.verdict, passed: s.result.passed, total: s.result.total,
    timeMs: Math.round(s.result.timeMs), memoryKb: Math.round(s.result.memoryKb), createdAt: now,
  });
  return id;
}
