// Oracle: smallest-tail array with a hand-written lower-bound search. Checked against the
// quadratic DP on every small and medium input.
function fast(nums) {
  const tails = [];
  for (const x of nums) {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tails[mid] < x) lo = mid + 1; else hi = mid; }
    tails[lo] = x;
  }
  return tails.length;
}
function quadratic(nums) {
  const best = nums.map(() => 1);
  for (let i = 0; i < nums.length; i++) for (let j = 0; j < i; j++) if (nums[j] < nums[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
  return Math.max(...best);
}
export default function generate(rand, { expand }) {
  const inputs = [
    [0], [-10000], [10000], [1, 2], [2, 1], [5, 5], [1, 3, 3, 3, 4], [-10000, 10000],
    [4, 10, 4, 3, 8, 9], [3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12], [1, 1, 2, 2, 3, 3, 4, 4],
  ];
  for (let i = 0; i < 6; i++) inputs.push(Array.from({ length: rand.int(1, 40) }, () => rand.int(-20, 20)));
  for (let i = 0; i < 2; i++) inputs.push(Array.from({ length: 2500 }, () => rand.int(-10000, 10000)));
  for (const s of inputs) if (fast(s) !== quadratic(s)) throw new Error(`LIS oracles disagree on ${JSON.stringify(s).slice(0, 200)}`);
  for (let t = 0; t < 300; t++) {
    const s = Array.from({ length: rand.int(1, 30) }, () => rand.int(-5, 5));
    if (fast(s) !== quadratic(s)) throw new Error(`LIS oracles disagree on ${JSON.stringify(s)}`);
  }
  // Large ones: an O(n²) DP does ~10^9 steps on these.
  inputs.push(Array.from({ length: 45000 }, () => rand.int(0, 999)));
  inputs.push(Array.from({ length: 30000 }, (_, i) => i - 10000));                  // all increasing
  inputs.push(Array.from({ length: 42000 }, (_, i) => 999 - Math.floor(i / 42)));  // non-increasing, runs of equal values
  inputs.push(Array.from({ length: 40000 }, (_, i) => Math.floor(i / 4) % 100 - 50 + rand.int(0, 3)));
  const tests = inputs.map((nums) => ({ input: { nums }, output: fast(nums) }));
  for (const t of tests) if (JSON.stringify(t.input).length >= 200000) throw new Error("LIS test over 200 KB");
  // The complexity guard: 10^5 values, made by the runner from this recipe; the O(n²) DP does 5 * 10^9 steps.
  const guard = { $gen: "ints", n: 100000, min: -10000, max: 10000, seed: 18 };
  tests.push({ input: { nums: guard }, output: fast(expand(guard)) });
  return tests;
}
