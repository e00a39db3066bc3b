import { env } from "cloudflare:test";

let seeded: Promise<unknown> | null = null;

/** Seeds the problem library into this test run's D1, once per test file. */
export function seedProblems(): Promise<unknown> {
  const { TEST_PROBLEM_SEED } = env as unknown as { TEST_PROBLEM_SEED: string[] };
  seeded ??= env.DB.batch(TEST_PROBLEM_SEED.map((s) => env.DB.prepare(s)));
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
