function threeSum(nums) {
  const a = [...nums].sort((x, y) => x - y), out = [];
  for (let i = 0; i < a.length - 2; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1, hi = a.length - 1;
    while (lo < hi) {
      const s = a[i] + a[lo] + a[hi];
      if (s === 0) {
        out.push([a[i], a[lo], a[hi]]);
        while (lo < hi && a[lo] === a[lo + 1]) lo++;
        while (lo < hi && a[hi] === a[hi - 1]) hi--;
        lo++; hi--;
      } else if (s < 0) lo++; else hi--;
    }
  }
  return out;
}
// Brute force over every triple (small inputs only), to check the two-pointer oracle.
function bruteForce(nums) {
  const seen = new Set();
  for (let i = 0; i < nums.length; i++)
    for (let j = i + 1; j < nums.length; j++)
      for (let k = j + 1; k < nums.length; k++)
        if (nums[i] + nums[j] + nums[k] === 0) seen.add(JSON.stringify([nums[i], nums[j], nums[k]].sort((x, y) => x - y)));
  return [...seen].sort();
}
export default function generate(rand, { expand }) {
  const inputs = [[1, 2, 3], [-1, -1, 2], [0, 0, 0, 0, 0], [-2, 0, 1, 1, 2], [3, -2, 1, 0], [-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6], [100000, -100000, 0]];
  for (let i = 0; i < 6; i++) inputs.push(Array.from({ length: rand.int(3, 40) }, () => rand.int(-10, 10)));
  // Large: mostly positive, so few triplets but every pair is worth checking (O(n^3) is too slow).
  inputs.push(rand.shuffle([...Array.from({ length: 2990 }, () => rand.int(1, 100000)), -7, -3, -100000, 3, 4, 50000, 50000, 0, 0, 0]));
  inputs.push(Array.from({ length: 1000 }, () => rand.int(-20000, 20000)));
  for (const nums of inputs) {
    if (nums.length > 100) continue;
    const fast = threeSum(nums).map((t) => JSON.stringify(t));
    if (new Set(fast).size !== fast.length || JSON.stringify([...fast].sort()) !== JSON.stringify(bruteForce(nums))) throw new Error(`3Sum oracle disagrees with brute force on ${JSON.stringify(nums)}`);
  }
  const tests = inputs.map((nums) => ({ input: { nums }, output: threeSum(nums) }));
  // The complexity guard: 3000 values, mostly positive, made by the runner from this recipe;
  // every triple is 4.5 * 10^9 steps.
  const guard = { $gen: "concat", parts: [{ $gen: "ints", n: 2994, min: 1, max: 100000, seed: 18 }, [-100000, -50000, -3, 0, 0, 0]] };
  tests.push({ input: { nums: guard }, output: threeSum(expand(guard)) });
  return tests;
}
