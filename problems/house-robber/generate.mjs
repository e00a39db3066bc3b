// Oracle: take/skip DP over the houses. Small inputs are also checked against a brute force that
// tries every subset without two adjacent houses.
function dp(nums) {
  let take = 0, skip = 0; // best total so far with the previous house taken / not taken
  for (const x of nums) [take, skip] = [skip + x, Math.max(take, skip)];
  return Math.max(take, skip);
}
function brute(nums) {
  const n = nums.length;
  let best = 0;
  for (let mask = 0; mask < 1 << n; mask++) {
    if (mask & (mask >> 1)) continue;
    let s = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) s += nums[i];
    best = Math.max(best, s);
  }
  return best;
}
export default function generate(rand) {
  const inputs = [
    [0], [10000], [5, 9], [9, 5], [0, 0, 0], [2, 1, 1, 2], [1, 3, 1, 3, 100], [4, 1, 2, 7, 5, 3, 1],
    [10, 1, 1, 10, 1, 1, 10],
  ];
  for (let i = 0; i < 10; i++) inputs.push(Array.from({ length: rand.int(1, 16) }, () => rand.int(0, i < 5 ? 10 : 10000)));
  for (const s of inputs) if (dp(s) !== brute(s)) throw new Error(`house-robber oracles disagree on ${JSON.stringify(s)}`);
  for (let t = 0; t < 300; t++) {
    const s = Array.from({ length: rand.int(1, 14) }, () => rand.int(0, 20));
    if (dp(s) !== brute(s)) throw new Error(`house-robber oracles disagree on ${JSON.stringify(s)}`);
  }
  inputs.push(Array.from({ length: 60 }, () => rand.int(0, 10000))); // the guard: take-or-skip recursion without memo makes ~10^13 calls here
  inputs.push(Array.from({ length: 20000 }, () => rand.int(0, 10000)));
  inputs.push(Array.from({ length: 20000 }, () => 10000));
  inputs.push(Array.from({ length: 19999 }, (_, i) => (i % 3 === 0 ? 10000 : rand.int(0, 9000))));
  return inputs.map((nums) => ({ input: { nums }, output: dp(nums) }));
}
