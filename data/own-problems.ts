/**
 * Interviewers' own problems in D1 (schema: ./own-problem-schema.ts). Queries return values or
 * null; who may see what is the caller's `OwnerScope`, which the Worker builds from the account.
 */
import { and, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { LanguageId } from "../contracts/languages";
import { ownProblemRef, parseOwnProblemRef, type CheckStatus, type OwnProblemDraft, type OwnProblemSummary } from "../contracts/own-problems";
import type { Signature } from "../contracts/problems";
import type { Db } from "./db";
import { hiddenCase } from "./hidden-case";
import type { LoadedProblem } from "./problems";
import { ownProblems, ownProblemVersions } from "./schema";

/** The organisations whose problems the caller uses, and the caller (for an account's own problems). */
export interface OwnerScope {
  orgIds: string[];
  userId: string;
}

/** A version as made from a checked draft (compileProblem's output, kept as it was). */
export type VersionInput = Omit<typeof ownProblemVersions.$inferInsert, "problemId" | "version" | "status" | "statusDetail" | "checkedAt" | "createdAt">;

export type OwnProblemRow = typeof ownProblems.$inferSelect;
export type OwnVersionRow = typeof ownProblemVersions.$inferSelect;

function inScope(scope: OwnerScope): SQL {
  const own = and(isNull(ownProblems.orgId), eq(ownProblems.ownerId, scope.userId)) as SQL;
  return scope.orgIds.length ? (or(inArray(ownProblems.orgId, scope.orgIds), own) as SQL) : own;
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => "abcdefghijklmnopqrstuvwxyz0123456789"[b % 36]).join("");
}

/** Problems an organisation (or, with orgId null, an account) keeps, deleted ones aside. */
export async function countOwnProblems(d: Db, orgId: string | null, ownerId: string): Promise<number> {
  const owner = orgId ? eq(ownProblems.orgId, orgId) : and(isNull(ownProblems.orgId), eq(ownProblems.ownerId, ownerId));
  const [row] = await d.select({ n: sql<number>`count(*)` }).from(ownProblems).where(and(owner, isNull(ownProblems.deletedAt)));
  return row?.n ?? 0;
}

/** A new problem with its first version (checking); its id. */
export async function createOwnProblem(d: Db, owner: { orgId: string | null; ownerId: string }, input: VersionInput, now = Date.now()): Promise<string> {
  const id = newId();
  await d.batch([
    d.insert(ownProblems).values({ id, orgId: owner.orgId, ownerId: owner.ownerId, latestVersion: 1, createdAt: now, updatedAt: now }),
    d.insert(ownProblemVersions).values({ ...input, problemId: id, version: 1, status: "checking", createdAt: now }),
  ]);
  return id;
}

/** The problem's next version (checking), numbered in the same transaction as the counter moves, so two edits never share one; its number. */
export async function addOwnProblemVersion(d: Db, id: string, input: VersionInput, now = Date.now()): Promise<number> {
  const [, , [row]] = await d.batch([
    d.update(ownProblems).set({ latestVersion: sql`${ownProblems.latestVersion} + 1`, updatedAt: now }).where(and(eq(ownProblems.id, id), isNull(ownProblems.deletedAt))),
    d.insert(ownProblemVersions).values({
      ...input, problemId: id, version: sql`(SELECT latest_version FROM own_problems WHERE id = ${id})`, status: "checking", createdAt: now,
    }),
    d.select({ version: ownProblems.latestVersion }).from(ownProblems).where(eq(ownProblems.id, id)),
  ]);
  return row.version;
}

/** Hidden from lists and pickers; the versions stay for the rooms that pinned them. */
export async function deleteOwnProblem(d: Db, id: string, now = Date.now()): Promise<void> {
  await d.update(ownProblems).set({ deletedAt: now, updatedAt: now }).where(eq(ownProblems.id, id));
}

/** A problem that is not deleted, or null. */
export async function ownProblem(d: Db, id: string): Promise<OwnProblemRow | null> {
  const [row] = await d.select().from(ownProblems).where(and(eq(ownProblems.id, id), isNull(ownProblems.deletedAt))).limit(1);
  return row ?? null;
}

/** One version, deleted problem or not (a room that pinned it still judges with it). */
export async function ownVersion(d: Db, id: string, version: number): Promise<OwnVersionRow | null> {
  const [row] = await d.select().from(ownProblemVersions).where(and(eq(ownProblemVersions.problemId, id), eq(ownProblemVersions.version, version))).limit(1);
  return row ?? null;
}

/** The owner of the problem a ref names, with that version, or null; deleted problems included. */
export async function ownVersionByRef(d: Db, ref: string): Promise<{ problem: OwnProblemRow; version: OwnVersionRow } | null> {
  const named = parseOwnProblemRef(ref);
  if (!named) return null;
  const [row] = await d
    .select({ problem: ownProblems, version: ownProblemVersions })
    .from(ownProblemVersions)
    .innerJoin(ownProblems, eq(ownProblems.id, ownProblemVersions.problemId))
    .where(and(eq(ownProblemVersions.problemId, named.id), eq(ownProblemVersions.version, named.version)))
    .limit(1);
  return row ?? null;
}

export async function setVersionStatus(d: Db, id: string, version: number, status: CheckStatus, detail: string | null, now = Date.now()): Promise<void> {
  await d
    .update(ownProblemVersions)
    .set({ status, statusDetail: detail, checkedAt: status === "checking" ? null : now })
    .where(and(eq(ownProblemVersions.problemId, id), eq(ownProblemVersions.version, version)));
}

/** The newest ready version of each problem. */
async function readyVersions(d: Db, ids: string[]): Promise<Map<string, number>> {
  if (ids.length === 0) return new Map();
  const rows = await d
    .select({ id: ownProblemVersions.problemId, version: sql<number>`max(${ownProblemVersions.version})` })
    .from(ownProblemVersions)
    .where(and(inArray(ownProblemVersions.problemId, ids), eq(ownProblemVersions.status, "ready")))
    .groupBy(ownProblemVersions.problemId);
  return new Map(rows.map((r) => [r.id, r.version]));
}

/** What a list shows of a version: not its draft, tests or references. */
const SUMMARY_COLUMNS = {
  version: ownProblemVersions.version, title: ownProblemVersions.title, difficulty: ownProblemVersions.difficulty, status: ownProblemVersions.status,
  statusDetail: ownProblemVersions.statusDetail, createdAt: ownProblemVersions.createdAt, checkedAt: ownProblemVersions.checkedAt,
};
type VersionSummary = Pick<OwnVersionRow, keyof typeof SUMMARY_COLUMNS>;

function summary(p: OwnProblemRow, v: VersionSummary, ready: number | null): OwnProblemSummary {
  return {
    id: p.id, title: v.title, difficulty: v.difficulty, owner: p.orgId ? "org" : "mine", orgId: p.orgId,
    latest: { version: v.version, ref: ownProblemRef(p.id, v.version), status: v.status, detail: v.statusDetail, createdAt: v.createdAt, checkedAt: v.checkedAt },
    readyVersion: ready, updatedAt: p.updatedAt,
  };
}

/** The scope's problems, newest change first, each as its latest version says. */
export async function listOwnProblems(d: Db, scope: OwnerScope): Promise<OwnProblemSummary[]> {
  const rows = await d
    .select({ problem: ownProblems, version: SUMMARY_COLUMNS })
    .from(ownProblems)
    .innerJoin(ownProblemVersions, and(eq(ownProblemVersions.problemId, ownProblems.id), eq(ownProblemVersions.version, ownProblems.latestVersion)))
    .where(and(inScope(scope), isNull(ownProblems.deletedAt)))
    .orderBy(desc(ownProblems.updatedAt))
    .limit(500);
  const ready = await readyVersions(d, rows.map((r) => r.problem.id));
  return rows.map((r) => summary(r.problem, r.version, ready.get(r.problem.id) ?? null));
}

/** One problem with its latest version, as its owners edit it. */
export async function ownProblemWithDraft(d: Db, id: string): Promise<{ row: OwnProblemRow; summary: OwnProblemSummary; draft: OwnProblemDraft } | null> {
  const row = await ownProblem(d, id);
  if (!row) return null;
  const latest = await ownVersion(d, id, row.latestVersion);
  if (!latest) return null;
  const ready = await readyVersions(d, [id]);
  return { row, summary: summary(row, latest, ready.get(id) ?? null), draft: latest.draft as OwnProblemDraft };
}

/**
 * The picker's entries: each problem's newest ready version, by its ref. One query, reading the
 * few columns a picker shows (the drafts hold every hidden test and reference).
 */
export async function readyOwnProblems(d: Db, scope: OwnerScope) {
  const v = ownProblemVersions;
  const rows = await d
    .select({
      id: v.problemId, version: v.version, title: v.title, difficulty: v.difficulty, expectedMinutes: v.expectedMinutes,
      tags: sql<string>`json_extract(${v.draft}, '$.tags')`, orgId: ownProblems.orgId,
    })
    .from(v)
    .innerJoin(ownProblems, eq(ownProblems.id, v.problemId))
    .where(and(
      inScope(scope), isNull(ownProblems.deletedAt), eq(v.status, "ready"),
      sql`${v.version} = (SELECT max(r.version) FROM own_problem_versions r WHERE r.problem_id = ${v.problemId} AND r.status = 'ready')`,
    ))
    .orderBy(desc(ownProblems.updatedAt))
    .limit(500);
  return rows.map((r) => ({
    slug: ownProblemRef(r.id, r.version), title: r.title, difficulty: r.difficulty, tags: JSON.parse(r.tags) as string[],
    expectedMinutes: r.expectedMinutes, owner: r.orgId ? ("org" as const) : ("mine" as const),
  }));
}

/** Everything the Room needs to judge with exactly this version, or null when the ref names none. */
export async function loadOwnJudgeProblem(d: Db, ref: string): Promise<LoadedProblem | null> {
  const found = await ownVersionByRef(d, ref);
  if (!found) return null;
  const v = found.version;
  return {
    problem: { slug: ref, signature: v.signature as Signature, timeLimitMs: v.timeLimitMs, reference: v.reference as Partial<Record<LanguageId, string>> },
    examples: v.examples.map((e) => ({ kind: "example", input: e.stdin, expected: e.expected })),
    hidden: v.hidden.map(hiddenCase),
  };
}

/** Interviewer-only notes of a version, as the library's problemNotes gives them: an own problem has none beyond its minutes. */
export async function ownProblemNotes(d: Db, ref: string) {
  const found = await ownVersionByRef(d, ref);
  if (!found) return null;
  // Drafts from before notes existed have none.
  const draft = found.version.draft as Partial<OwnProblemDraft>;
  return { followUps: draft.followUps ?? [], strongAnswer: draft.strongAnswer ?? null, expectedMinutes: found.version.expectedMinutes };
}
