// Oracle: sort, deduplicate, scan (the references use a hash set); checked against a brute
// force (walk up from every value, membership by linear search) on every small input.
function oracle(nums) {
  const a = [...new Set(nums)].sort((x, y) => x - y);
  let best = 0, run = 0;
  for (let i = 0; i < a.length; i++) {
    run = i > 0 && a[i] === a[i - 1] + 1 ? run + 1 : 1;
    best = Math.max(best, run);
  }
  return best;
}
function brute(nums) {
  let best = 0;
  for (const x of nums) {
    let k = 0;
    while (nums.includes(x + k)) k++;
    best = Math.max(best, k);
  }
  return best;
}

export default function generate(rand, { expand }) {
  const B = 1000000000;
  const inputs = [
    [],
    [7],
    [-B],
    [1, 1, 1],
    [1, 2, 2, 3],            // a duplicate inside the run
    [2, 1, 2, 1, 3, 3],
    [0, -1],
    [B, B - 1, -B, -B + 1, -B + 2],
    [5, 100, 6, 200, 7, 300],
    [9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6],
    [10, 30, 20],
  ];
  for (let i = 0; i < 10; i++) inputs.push(Array.from({ length: rand.int(1, 40) }, () => rand.int(-20, 20)));
  for (const nums of inputs) if (oracle(nums) !== brute(nums)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify(nums)}`);
  const n = 15000;
  // Large: one long run shuffled with duplicates; random sparse values; many short runs.
  const run = Array.from({ length: 12000 }, (_, i) => i - 6000);
  const withDups = [...run, ...Array.from({ length: n - run.length }, () => rand.int(-6000, 5999))];
  inputs.push(rand.shuffle(withDups));
  inputs.push(Array.from({ length: n }, () => rand.int(-B, B)));
  const blocks = [];
  while (blocks.length < n) {
    const start = rand.int(-B, B - 20), len = rand.int(1, 15);
    for (let k = 0; k < len && blocks.length < n; k++) blocks.push(start + k);
  }
  inputs.push(rand.shuffle(blocks));
  // Descending full run: the worst case for walking down or up from every value.
  inputs.push(Array.from({ length: n }, (_, i) => B - i));
  const tests = inputs.map((nums) => ({ input: { nums }, output: oracle(nums) }));
  // The complexity guard: 80,000 values drawn from [-10^5, 10^5] (dense, so short runs everywhere),
  // made by the runner from this recipe; looking for every next value by a linear scan is over
  // 6 * 10^9 steps.
  const guard = { $gen: "ints", n: 80000, min: -100000, max: 100000, seed: 18 };
  tests.push({ input: { nums: guard }, output: oracle(expand(guard)) });
  return tests;
}
