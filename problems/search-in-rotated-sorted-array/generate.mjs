// Oracle: a linear indexOf, obviously right, independent of the references' binary searches.
function rotated(rand, n, lo, hi, k = rand.int(0, n - 1)) {
  const s = new Set();
  while (s.size < n) s.add(rand.int(lo, hi));
  const a = [...s].sort((x, y) => x - y);
  return [...a.slice(k), ...a.slice(0, k)];
}
export default function generate(rand) {
  const base = [4, 5, 6, 7, 0, 1, 2];
  const cases = [
    [[1], 1], [[1], 0], [[1, 3], 3], [[3, 1], 1], [[3, 1], 3], [[3, 1], 2],
    [base, 4], [base, 7], [base, 0], [base, 2], [base, 3], [base, 8],
    [[5, 1, 3], 5], [[5, 1, 3], 3], [[1, 2, 3, 4, 5, 6], 6], [[2, 3, 4, 5, 6, 1], 1],
    [[1000000000, -1000000000], -1000000000],
  ];
  for (let i = 0; i < 20; i++) {
    const a = rotated(rand, rand.int(1, 25), -40, 40);
    cases.push([a, rand.next() < 0.65 ? rand.pick(a) : rand.int(-45, 45)]);
  }
  for (const k of [0, 1, 5000, 9999]) {
    const a = rotated(rand, 10000, -1000000000, 1000000000, k);
    cases.push([a, k === 5000 ? a[9999] : k === 1 ? a[0] + 1 : a[rand.int(0, 9999)]]);
  }
  return cases.map(([nums, target]) => ({ input: { nums, target }, output: nums.indexOf(target) }));
}
