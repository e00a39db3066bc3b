// Oracle: interval DP by the last balloon burst, written with memoised recursion over (lo, hi).
// Inputs of up to 7 balloons are also checked against trying every bursting order.
function intervalDp(nums) {
  const v = [1, ...nums, 1];
  const n = v.length;
  const memo = new Map();
  const best = (lo, hi) => {
    if (hi - lo < 2) return 0;
    const key = lo * n + hi;
    if (memo.has(key)) return memo.get(key);
    let b = 0;
    for (let k = lo + 1; k < hi; k++) b = Math.max(b, best(lo, k) + best(k, hi) + v[lo] * v[k] * v[hi]);
    memo.set(key, b);
    return b;
  };
  return best(0, n - 1);
}
function allOrders(nums) {
  if (nums.length === 0) return 0;
  let b = 0;
  for (let i = 0; i < nums.length; i++) {
    const gain = (i > 0 ? nums[i - 1] : 1) * nums[i] * (i + 1 < nums.length ? nums[i + 1] : 1);
    b = Math.max(b, gain + allOrders([...nums.slice(0, i), ...nums.slice(i + 1)]));
  }
  return b;
}
export default function generate(rand) {
  const inputs = [
    [0], [100], [0, 0, 0], [1, 1, 1, 1], [100, 100], [2, 3], [9, 76, 64, 21], [5, 0, 5], [3, 1, 5, 8, 0, 2],
    [8, 2, 6, 8, 9, 8, 1],
  ];
  for (let i = 0; i < 6; i++) inputs.push(Array.from({ length: rand.int(1, 7) }, () => rand.int(0, i < 3 ? 9 : 100)));
  for (const s of inputs) if (intervalDp(s) !== allOrders(s)) throw new Error(`burst-balloons oracles disagree on ${JSON.stringify(s)}`);
  for (let t = 0; t < 100; t++) {
    const s = Array.from({ length: rand.int(1, 6) }, () => rand.int(0, 10));
    if (intervalDp(s) !== allOrders(s)) throw new Error(`burst-balloons oracles disagree on ${JSON.stringify(s)}`);
  }
  inputs.push(Array.from({ length: 12 }, () => rand.int(1, 100)));   // every order: 12! — far too many
  inputs.push(Array.from({ length: 40 }, () => rand.int(0, 100)));
  inputs.push(Array.from({ length: 300 }, () => rand.int(0, 100)));
  inputs.push(Array.from({ length: 300 }, () => 100));
  inputs.push(Array.from({ length: 300 }, (_, i) => (i % 2 ? 0 : 100)));
  inputs.push(Array.from({ length: 299 }, (_, i) => (i * 37) % 101));
  return inputs.map((nums) => ({ input: { nums }, output: intervalDp(nums) }));
}
