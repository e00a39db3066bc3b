import { env } from "cloudflare:test";

let seeded: Promise<unknown> | null = null;

/** Seeds the problem library into this test run's D1, once per test file. */
export function seedProblems(): Promise<unknown> {
  const { TEST_PROBLEM_SEED } = env as unknown as { TEST_PROBLEM_SEED: string[] };
  seeded ??= env.DB.batch(TEST_PROBLEM_SEED.map((s) => env.DB.prepare(s)));
  return seeded;
}
