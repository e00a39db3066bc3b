// Oracle: BigInt total of the non-zero values divided by nums[i], with the zeros counted apart
// (the division approach the references avoid); checked against the all-pairs brute force on
// every small input. Every prefix/suffix product is checked to fit in 32 bits.
const I32 = 2n ** 31n;
function oracle(nums) {
  const zeros = nums.filter((x) => x === 0).length;
  const total = nums.reduce((p, x) => (x === 0 ? p : p * BigInt(x)), 1n);
  return nums.map((x) => {
    if (zeros >= 2) return 0;
    if (zeros === 1) return x === 0 ? Number(total) : 0;
    return Number(total / BigInt(x));
  });
}
function brute(nums) {
  return nums.map((_, i) => Number(nums.reduce((p, x, j) => (j === i ? p : p * BigInt(x)), 1n)));
}
function fits(nums) {
  let p = 1n;
  for (const x of nums) { p *= BigInt(x); if (p >= I32 || p < -I32) return false; }
  p = 1n;
  for (const x of [...nums].reverse()) { p *= BigInt(x); if (p >= I32 || p < -I32) return false; }
  return true;
}
// n values of ±1 with `big` of them drawn from `pool`, and `zeros` zeros, shuffled.
function build(rand, n, big, pool, zeros) {
  const a = Array.from({ length: n }, () => rand.pick([1, -1]));
  for (let i = 0; i < big; i++) a[i] = rand.pick(pool);
  for (let i = 0; i < zeros; i++) a[big + i] = 0;
  return rand.shuffle(a);
}

export default function generate(rand, { expand }) {
  const inputs = [
    [0, 0],
    [0, 5],
    [5, 0],
    [1, 1],
    [-1, -1],
    [30, -30],
    [0, 0, 7],
    [2, 0, 3, 0],
    [4, 0, -3, 2],           // exactly one zero: its slot gets the product of the others
    [-1, -2, -3, -4],
    [30, 30, 30, 30, 30, 30],  // 30^5 = 24,300,000 fits
    [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
  ];
  for (let i = 0; i < 8; i++) {
    const n = rand.int(2, 12);
    inputs.push(build(rand, n, Math.min(n, rand.int(0, 5)), [2, -2, 3, -3, 5, 7, -10, 30], i % 3 === 0 ? 1 : 0));
  }
  for (const nums of inputs) {
    if (!fits(nums)) throw new Error(`prefix/suffix product overflows 32 bits: ${JSON.stringify(nums)}`);
    const a = oracle(nums), b = brute(nums);
    if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error(`oracle disagrees with brute force on ${JSON.stringify(nums)}`);
  }
  // Large: no zero, one zero, two zeros; a few larger factors keep the products non-trivial.
  const n = 10000;
  inputs.push(build(rand, n, 18, [2, -2, 3, -3], 0));
  inputs.push(build(rand, n, 14, [2, -3, 5], 1));
  inputs.push(build(rand, n, 10, [30, -2], 2));
  for (const nums of inputs.slice(-3)) if (!fits(nums)) throw new Error("large test overflows 32 bits");
  const tests = inputs.map((nums) => ({ input: { nums }, nums }));
  // The complexity guard: 80,002 values (2, 3, then ±1), made by the runner from this recipe;
  // multiplying all the others for every index is 6.4 * 10^9 steps. Answers of ±2, ±3, ±6 keep
  // the expected output under 256 KiB.
  const guard = { $gen: "concat", parts: [[2, 3], { $gen: "repeat", value: [1, -1, 1, 1, -1], times: 16000 }] };
  tests.push({ input: { nums: guard }, nums: expand(guard) });
  return tests.map(({ input, nums }) => {
    if (!fits(nums)) throw new Error("a test overflows 32 bits");
    const output = oracle(nums);
    if (output.some((v) => v >= 2 ** 31 || v < -(2 ** 31))) throw new Error("an answer overflows 32 bits");
    return { input, output };
  });
}
