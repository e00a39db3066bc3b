// Large hidden tests, made deterministically at seed time: the pair sits at the very end, so an
// O(n^2) scan does ~n^2/2 steps. Values are distinct so exactly one pair sums to the target.
export default function generate(rand) {
  const cases = [];
  for (const n of [10000, 10000]) {
    const used = new Set();
    const nums = [];
    while (nums.length < n - 2) {
      const v = rand.int(1, 40000000);
      if (!used.has(v)) { used.add(v); nums.push(v); }
    }
    // two large values whose sum no other pair can reach
    nums.push(900000001, 900000002);
    cases.push({ input: { nums, target: 1800000003 }, output: [n - 2, n - 1] });
  }
  return cases;
}
