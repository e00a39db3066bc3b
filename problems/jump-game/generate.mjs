// Oracle: mark, with a difference array, every index that some reachable index can jump to.
// Small inputs are checked against a DFS over indices.
function reachable(nums) {
  const n = nums.length;
  const diff = new Array(n + 1).fill(0);
  let covering = 0;
  for (let i = 0; i < n; i++) {
    covering += diff[i];
    const ok = i === 0 || covering > 0;
    if (!ok) continue;
    if (i === n - 1) return true;
    if (nums[i] > 0) { diff[i + 1]++; diff[Math.min(n, i + nums[i] + 1)]--; }
  }
  return false;
}
function dfs(nums) {
  const seen = new Set([0]), stack = [0];
  while (stack.length) {
    const i = stack.pop();
    if (i === nums.length - 1) return true;
    for (let k = 1; k <= nums[i] && i + k < nums.length; k++) if (!seen.has(i + k)) { seen.add(i + k); stack.push(i + k); }
  }
  return false;
}
export default function generate(rand, { expand }) {
  const inputs = [
    [1], [100000], [0, 1], [1, 0], [2, 0, 0], [1, 0, 1], [0, 2, 3], [1, 1, 0, 1], [2, 0, 1, 0, 1],
    [3, 0, 0, 0], [1, 2, 0, 0, 1], [5, 0, 0, 0, 0, 0],
  ];
  for (let i = 0; i < 8; i++) inputs.push(Array.from({ length: rand.int(2, 25) }, () => (rand.int(0, i < 4 ? 7 : 3) === 0 ? 0 : rand.int(1, 3))));
  for (const s of inputs) if (reachable(s) !== dfs(s)) throw new Error(`jump-game oracles disagree on ${JSON.stringify(s)}`);
  for (let t = 0; t < 400; t++) {
    const s = Array.from({ length: rand.int(1, 15) }, () => rand.int(0, 3));
    if (reachable(s) !== dfs(s)) throw new Error(`jump-game oracles disagree on ${JSON.stringify(s)}`);
  }
  const n = 30000;
  inputs.push(Array.from({ length: n }, (_, i) => (i === n - 2 ? 0 : 1)));                          // stuck one short of the end
  inputs.push(Array.from({ length: n }, (_, i) => (i % 50 === 49 ? 0 : rand.int(1, 3))));            // zeros that a big enough jump must clear
  inputs.push(Array.from({ length: n }, (_, i) => (i % 7 === 0 ? 7 : 0)));                          // only the exact jump gets over the zeros
  inputs.push(Array.from({ length: n }, (_, i) => (i === 0 ? 29999 : 0)));
  inputs.push(Array.from({ length: n }, (_, i) => (i < 15000 ? 15000 - i : 0)));                    // every jump ends at index 15000, a zero
  inputs.push(Array.from({ length: n }, (_, i) => (i < n - 3 ? n - 3 - i : 0)));                    // long jumps, all ending at index n - 3, a zero
  const tests = inputs.map((nums) => ({ input: { nums }, output: reachable(nums) }));
  // The complexity guard: 10^5 indices whose jumps all end at index n - 2, a zero, made by the
  // runner from this recipe; checking every landing spot of every index is 5 * 10^9 steps.
  const guard = { $gen: "concat", parts: [{ $gen: "range", from: 99998, n: 99999, step: -1 }, [0]] };
  tests.push({ input: { nums: guard }, output: reachable(expand(guard)) });
  return tests;
}
