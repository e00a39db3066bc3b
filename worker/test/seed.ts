import { env } from "cloudflare:test";

let seeded: Promise<unknown> | null = null;

/** Seeds the problem library into this test run's D1, once per test file (the statements from worker/test/seed-global-setup.ts). */
export function seedProblems(): Promise<unknown> {
  const { TEST_PROBLEM_SEED_URL } = env as unknown as { TEST_PROBLEM_SEED_URL: string };
  seeded ??= (async () => {
    const res = await fetch(TEST_PROBLEM_SEED_URL);
    if (!res.ok) throw new Error(`the problem seed: ${res.status} from ${TEST_PROBLEM_SEED_URL}`);
    const statements = (await res.json()) as string[];
    return env.DB.batch(statements.map((s) => env.DB.prepare(s)));
  })();
  return seeded;
}

/** A correct Python answer to Two Sum (the seeded problem), for tests that need a submission to pass. */
export const TWO_SUM_PYTHON = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
        return []
`;
