// Oracle: prefix sums with a count map, written here on its own; checked against the O(n^2)
// brute force (every start, running sum) on every small input.
function oracle(nums, k) {
  const seen = new Map([[0, 1]]);
  let sum = 0, count = 0;
  for (const x of nums) {
    sum += x;
    count += seen.get(sum - k) ?? 0;
    seen.set(sum, (seen.get(sum) ?? 0) + 1);
  }
  return count;
}
function brute(nums, k) {
  let count = 0;
  for (let i = 0; i < nums.length; i++) {
    let s = 0;
    for (let j = i; j < nums.length; j++) if ((s += nums[j]) === k) count++;
  }
  return count;
}

export default function generate(rand, { expand }) {
  const cases = [
    [[5], 5],
    [[5], -5],
    [[-1000], -1000],
    [[0], 0],
    [[1, -1, 1, -1], 0],
    [[3, 4, 7, -2, 2, 1, 4, 2], 7],
    [[1, 2, 3], 6],           // the whole array (needs the empty prefix)
    [[1, 2, 3], 0],
    [[-1, -1, 1], 0],
    [[2, -2, 2, -2, 2], 2],
    [[1000, 1000, -1000], 1000],
    [[1, 2, 1, 2, 1], 3],
  ];
  for (let i = 0; i < 10; i++) {
    const nums = Array.from({ length: rand.int(1, 40) }, () => rand.int(-5, 5));
    cases.push([nums, rand.int(-6, 6)]);
  }
  for (const [nums, k] of cases) if (oracle(nums, k) !== brute(nums, k)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify([nums, k])}`);
  const n = 20000;
  // Large: all zeros with k = 0 (n(n+1)/2 subarrays), small mixed values, wide values with a large k.
  cases.push([new Array(n).fill(0), 0]);
  cases.push([Array.from({ length: n }, () => rand.int(-3, 3)), 2]);
  const wide = Array.from({ length: n }, () => rand.int(-1000, 1000));
  let s = 0;
  for (let i = 5000; i < 15000; i++) s += wide[i];
  cases.push([wide, s]);
  // The complexity guard: 10^5 random values, made by the runner from this recipe; every start
  // with a running sum is 5 * 10^9 steps.
  const guard = { $gen: "ints", n: 100000, min: -1000, max: 1000, seed: 18 };
  return [...cases.map(([nums, k]) => ({ input: { nums, k }, nums })), { input: { nums: guard, k: 1000 }, nums: expand(guard) }].map(({ input, nums }) => {
    const output = oracle(nums, input.k);
    if (output >= 2 ** 31) throw new Error("count overflows 32 bits");
    return { input, output };
  });
}
