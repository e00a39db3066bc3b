/** The problem library in D1: what the Room needs to judge, and where submissions are recorded. */
import { asc, desc, eq } from "drizzle-orm";
import type { LanguageId } from "../contracts/languages";
import type { JudgeResult, Signature } from "../contracts/problems";
import type { JudgeCase, ReferenceProblem } from "../judge/index";
import type { ExampleRecord } from "../judge/problem-spec";
import { parseOwnProblemRef } from "../contracts/own-problems";
import type { Db } from "./db";
import { hiddenCase } from "./hidden-case";
import { ownProblemNotes } from "./own-problems";
import { problems, problemTests, submissions } from "./schema";

/** The library's list: what a picker shows, in the library's order. */
export async function listProblems(d: Db) {
  return d
    .select({ slug: problems.slug, title: problems.title, difficulty: problems.difficulty, tags: problems.tags, expectedMinutes: problems.expectedMinutes })
    .from(problems)
    .orderBy(asc(problems.position), asc(problems.slug));
}

export async function problemRow(d: Db, slug: string) {
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

export async function loadJudgeProblem(d: Db, slug: string): Promise<LoadedProblem | null> {
  const row = await problemRow(d, slug);
  if (!row) return null;
  const tests = await d.select().from(problemTests).where(eq(problemTests.slug, slug)).orderBy(asc(problemTests.idx));
  return {
    problem: { slug, signature: row.signature as Signature, timeLimitMs: row.timeLimitMs, reference: row.reference as Partial<Record<LanguageId, string>> },
    examples: (row.examples as ExampleRecord[]).map((e) => ({ kind: "example", input: e.stdin, expected: e.expected })),
    hidden: tests.map(hiddenCase),
  };
}

export interface SubmissionRecord {
  roomId: string;
  userId: string;
  problemSlug: string;
  language: LanguageId;
  code: string;
  result: JudgeResult;
}

/** Records a judged submission; returns its id. */
export async function recordSubmission(d: Db, s: SubmissionRecord, now = Date.now()): Promise<string> {
  const id = crypto.randomUUID();
  await d.insert(submissions).values({
    id, roomId: s.roomId, userId: s.userId, problemSlug: s.problemSlug, language: s.language, code: s.code,
    verdict: s.result.verdict, passed: s.result.passed, total: s.result.total,
    timeMs: Math.round(s.result.timeMs), memoryKb: Math.round(s.result.memoryKb), createdAt: now,
  });
  return id;
}

/** A room's submissions, newest first, without their code. */
export async function listSubmissions(d: Db, roomId: string) {
  return d
    .select({
      id: submissions.id, userId: submissions.userId, problemSlug: submissions.problemSlug, language: submissions.language,
      verdict: submissions.verdict, passed: submissions.passed, total: submissions.total, timeMs: submissions.timeMs,
      memoryKb: submissions.memoryKb, createdAt: submissions.createdAt,
    })
    .from(submissions)
    .where(eq(submissions.roomId, roomId))
    .orderBy(desc(submissions.createdAt))
    .limit(200);
}

/** What a room keeps of a problem when it is picked: its starter code per language and its hints; null for an unknown slug. */
export async function problemForRoom(d: Db, slug: string): Promise<{ slug: string; starter: Record<string, string>; hints: string[] } | null> {
  const [row] = await d.select({ starter: problems.starter, hints: problems.hints }).from(problems).where(eq(problems.slug, slug)).limit(1);
  return row ? { slug, starter: row.starter, hints: row.hints } : null;
}

/** Interviewer-only: a problem's follow-up questions, notes on a strong answer and usual minutes; null for an unknown slug (its hints are the room's copy). */
export async function problemNotes(d: Db, slug: string) {
  if (parseOwnProblemRef(slug)) return ownProblemNotes(d, slug);
  const [row] = await d
    .select({ followUps: problems.followUps, strongAnswer: problems.strongAnswer, expectedMinutes: problems.expectedMinutes })
    .from(problems)
    .where(eq(problems.slug, slug))
    .limit(1);
  return row ?? null;
}
