// Oracle: merge by sorting the concatenation and read off the middle (one or two values).
function median(a, b) {
  const all = [...a, ...b].sort((x, y) => x - y);
  const n = all.length;
  return n % 2 ? all[(n - 1) / 2] : (all[n / 2 - 1] + all[n / 2]) / 2;
}
function sortedArr(rand, n, lo, hi) {
  return Array.from({ length: n }, () => rand.int(lo, hi)).sort((x, y) => x - y);
}
export default function generate(rand) {
  const M = 1000000;
  const cases = [
    [[1], []], [[], [2]], [[1], [2]], [[2], [1]], [[1, 3], [2]], [[], [1, 2]], [[1, 2], []],
    [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11]], [[6, 7, 8, 9, 10, 11], [1, 2, 3, 4, 5]],
    [[1, 1, 1], [1, 1, 1]], [[-M, M], [-M, M]], [[-M], [M]], [[M, M], [M]], [[-M, -M, -M], [-M + 1]],
    [[1, 3, 5, 7], [2, 4, 6, 8]], [[0, 0], [-1, 1, 2]], [[-5, 3, 6, 12, 15], [-12, -10, -6, -3, 4, 10]],
  ];
  for (let i = 0; i < 16; i++) {
    const m = rand.int(0, 20), n = rand.int(m === 0 ? 1 : 0, 20);
    const span = rand.pick([3, 50, M]);
    cases.push([sortedArr(rand, m, -span, span), sortedArr(rand, n, -span, span)]);
  }
  cases.push([sortedArr(rand, 10000, -M, M), sortedArr(rand, 10000, -M, M)]);
  cases.push([sortedArr(rand, 10000, -M, M), sortedArr(rand, 9999, -M, M)]);
  cases.push([sortedArr(rand, 1, -M, M), sortedArr(rand, 10000, -M, M)]);
  cases.push([[], sortedArr(rand, 10000, -M, M)]);
  cases.push([sortedArr(rand, 10000, -M, 0), sortedArr(rand, 10000, 1, M)]);
  return cases.map(([nums1, nums2]) => ({ input: { nums1, nums2 }, output: median(nums1, nums2) }));
}
