// Oracle: sort descending and take index k - 1.
export default function generate(rand) {
  const cases = [
    [[1], 1], [[10000], 1], [[-10000], 1], [[2, 1], 1], [[2, 1], 2], [[1, 2], 1],
    [[5, 5, 5, 5], 3], [[5, 5, 3], 2], [[5, 5, 3], 3], [[3, 5, 5], 1],
    [[-1, -1, -2, -3, 0], 4], [[10000, -10000, 0, 10000, -10000], 5], [[1, 2, 3, 4, 5, 6, 7, 8], 8],
  ];
  for (let i = 0; i < 14; i++) {
    const n = rand.int(1, 50);
    const span = rand.pick([3, 20, 10000]);
    cases.push([Array.from({ length: n }, () => rand.int(-span, span)), rand.int(1, n)]);
  }
  const N = 20000;
  cases.push([Array.from({ length: N }, () => rand.int(-10000, 10000)), rand.int(1, N)]);
  cases.push([Array.from({ length: N }, () => rand.int(-10000, 10000)), N / 2]);
  cases.push([Array.from({ length: N }, () => 7), 12345]);
  cases.push([Array.from({ length: N }, (_, i) => i - 10000), 1]);
  cases.push([Array.from({ length: N }, (_, i) => 10000 - i), N]);
  cases.push([Array.from({ length: N }, () => rand.int(0, 1)), rand.int(1, N)]);
  return cases.map(([nums, k]) => ({ input: { nums, k }, output: nums.slice().sort((a, b) => b - a)[k - 1] }));
}
