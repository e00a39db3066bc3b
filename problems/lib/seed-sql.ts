/**
 * The seed as SQL: per problem an upsert by slug, then its hidden tests replaced. Idempotent;
 * problems removed from the repo stay (old submissions name them). Literal SQL (no bindings), so
 * the same statements go to `wrangler d1 execute --file` and to `env.DB.batch` in tests. D1 caps
 * a statement at 100 kB, so a large test is inserted in parts and appended with `||`.
 */
import type { ProblemRecord } from "../../judge/problem-spec";

const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
const json = (v: unknown) => q(JSON.stringify(v));

export function problemStatements(p: ProblemRecord, now = Date.now()): string[] {
  const cols = {
    slug: q(p.slug), title: q(p.title), difficulty: q(p.difficulty), position: String(p.order), tags: json(p.tags),
    statement: q(p.statement), constraints: json(p.constraints), signature: json(p.signature), examples: json(p.examples),
    starter: json(p.starter), reference: json(p.reference), time_limit_ms: String(p.timeLimitMs), hidden_count: String(p.hidden.length),
    expected_minutes: String(p.expectedMinutes), hints: json(p.hints), follow_ups: json(p.followUps), strong_answer: p.strongAnswer === null ? "NULL" : q(p.strongAnswer),
    updated_at: String(now),
  };
  const names = Object.keys(cols);
  const upsert =
    `INSERT INTO problems (${names.join(", ")}) VALUES (${Object.values(cols).join(", ")}) ` +
    `ON CONFLICT(slug) DO UPDATE SET ${names.filter((n) => n !== "slug").map((n) => `${n} = excluded.${n}`).join(", ")}`;
  return [
    upsert,
    `DELETE FROM problem_tests WHERE slug = ${q(p.slug)}`,
    ...p.hidden.flatMap((t, i) => testStatements(p.slug, i, t.input, t.expected, t.generate ? JSON.stringify(t.generate) : null)),
  ];
}

/** Characters of a value per statement (test data is ASCII, so characters are bytes). */
export const SQL_CHUNK_CHARS = 45_000;

function testStatements(slug: string, idx: number, input: string, expected: string, generate: string | null): string[] {
  const parts = (s: string) => Array.from({ length: Math.max(1, Math.ceil(s.length / SQL_CHUNK_CHARS)) }, (_, k) => s.slice(k * SQL_CHUNK_CHARS, (k + 1) * SQL_CHUNK_CHARS));
  const [in0, ...inRest] = parts(input);
  const [ex0, ...exRest] = parts(expected);
  const where = `WHERE slug = ${q(slug)} AND idx = ${idx}`;
  return [
    `INSERT INTO problem_tests (slug, idx, input, expected, generate) VALUES (${q(slug)}, ${idx}, ${q(in0)}, ${q(ex0)}, ${generate === null ? "NULL" : q(generate)})`,
    ...inRest.map((c) => `UPDATE problem_tests SET input = input || ${q(c)} ${where}`),
    ...exRest.map((c) => `UPDATE problem_tests SET expected = expected || ${q(c)} ${where}`),
  ];
}

export function seedStatements(problems: readonly ProblemRecord[], now = Date.now()): string[] {
  return problems.flatMap((p) => problemStatements(p, now));
}
