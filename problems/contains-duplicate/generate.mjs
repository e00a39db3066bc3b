// Oracle: sort a copy and compare neighbours (independent of the hash-set references); on small
// inputs it is checked against the all-pairs brute force.
function oracle(nums) {
  const a = [...nums].sort((x, y) => x - y);
  for (let i = 1; i < a.length; i++) if (a[i] === a[i - 1]) return true;
  return false;
}
function brute(nums) {
  for (let i = 0; i < nums.length; i++) for (let j = i + 1; j < nums.length; j++) if (nums[i] === nums[j]) return true;
  return false;
}
function distinct(rand, n, lo, hi) {
  const used = new Set();
  const out = [];
  while (out.length < n) {
    const v = rand.int(lo, hi);
    if (!used.has(v)) { used.add(v); out.push(v); }
  }
  return out;
}

export default function generate(rand) {
  const B = 1000000000;
  const inputs = [
    [0],
    [-B],
    [5, 5],
    [5, -5],
    [B, -B, B - 1, -B + 1],
    [B, -B, 0, B],
    [-1, -1, -1, -1],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 1],     // repeat far apart: not adjacent
    [3, 1, 4, 1, 5],                    // repeat not adjacent, unsorted
    [0, -0 + 1, 2, -1, -2],
  ];
  for (let i = 0; i < 8; i++) {
    const n = rand.int(2, 40);
    const nums = distinct(rand, n, -50, 50);
    if (i % 2 === 0) nums[rand.int(0, n - 1)] = nums[rand.int(0, n - 1)]; // maybe a duplicate (or the same slot)
    inputs.push(nums);
  }
  for (const nums of inputs) if (oracle(nums) !== brute(nums)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify(nums)}`);
  // Large: all distinct (a quadratic scan does ~10^8 comparisons), and one pair at the two ends.
  const n = 15000;
  inputs.push(distinct(rand, n, -B, B));
  const far = distinct(rand, n - 1, -B, B);
  far.push(far[0]);
  inputs.push(far);
  inputs.push(rand.shuffle(distinct(rand, n, 0, 20000)));
  return inputs.map((nums) => ({ input: { nums }, output: oracle(nums) }));
}
