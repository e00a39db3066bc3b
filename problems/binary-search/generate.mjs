// Oracle: a linear indexOf, obviously right, independent of the binary searches in the references.
function sortedDistinct(rand, n, lo, hi) {
  const s = new Set();
  while (s.size < n) s.add(rand.int(lo, hi));
  return [...s].sort((a, b) => a - b);
}
export default function generate(rand) {
  const cases = [
    [[5], 5], [[5], 4], [[5], 6],
    [[1, 2], 1], [[1, 2], 2], [[1, 2], 3], [[1, 2], 0],
    [[-1000000000, 1000000000], 1000000000], [[-1000000000, 1000000000], -1000000000],
    [[-5, -3, 0, 2, 9], 9], [[-5, -3, 0, 2, 9], -5], [[-5, -3, 0, 2, 9], 1],
  ];
  for (let i = 0; i < 8; i++) {
    const a = sortedDistinct(rand, rand.int(1, 30), -50, 50);
    const t = rand.next() < 0.6 ? rand.pick(a) : rand.int(-55, 55);
    cases.push([a, t]);
  }
  for (let i = 0; i < 4; i++) {
    const a = sortedDistinct(rand, 10000, -1000000000, 1000000000);
    const t = i === 0 ? a[a.length - 1] : i === 1 ? a[0] : i === 2 ? a[rand.int(0, a.length - 1)] : a[5000] + 1 === a[5001] ? a[5000] - 1 : a[5000] + 1;
    cases.push([a, t]);
  }
  return cases.map(([nums, target]) => ({ input: { nums, target }, output: nums.indexOf(target) }));
}
