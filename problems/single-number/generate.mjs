// Oracle: count occurrences in a Map (independent of the XOR trick the references use).
function single(nums) {
  const count = new Map();
  for (const x of nums) count.set(x, (count.get(x) || 0) + 1);
  const once = [...count].filter(([, c]) => c === 1);
  if (once.length !== 1 || [...count.values()].some((c) => c !== 1 && c !== 2)) throw new Error("malformed single-number test");
  return once[0][0];
}

// Build: `pairs` distinct values (none equal to `lone`), each twice, plus `lone`, shuffled.
function build(rand, pairs, lone, lo = -30000, hi = 30000) {
  const used = new Set([lone]);
  const nums = [lone];
  while (used.size < pairs + 1) {
    const v = rand.int(lo, hi);
    if (!used.has(v)) { used.add(v); nums.push(v, v); }
  }
  return rand.shuffle(nums);
}

export default function generate(rand) {
  const inputs = [
    [0],
    [-30000],
    [30000],
    [5, 5, 0],
    [0, 3, 3],
    [1, 1, 2, 2, 3],          // single at the end after sorting
    [-1, -1, -2],
    [30000, -30000, 30000],
    [3, 1, 2, 1, 2, 4, 4, 5, 5, 6, 6],
    [-7, 9, 9, -8, -8],
  ];
  for (let i = 0; i < 8; i++) inputs.push(build(rand, rand.int(1, 30), rand.int(-100, 100), -100, 100));
  // The single value is the largest, so after sorting it sits last.
  const big = build(rand, 14999, 30000, -30000, 29999);
  inputs.push(big);
  inputs.push(build(rand, 14999, rand.int(-30000, 30000)));
  inputs.push(build(rand, 14999, -30000, -29999, 30000));
  return inputs.map((nums) => ({ input: { nums }, output: single(nums) }));
}
