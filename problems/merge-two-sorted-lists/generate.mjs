// Oracle: concatenate and sort numerically (a merge of two sorted lists is exactly the sorted union).
function sortedList(rand, n, lo, hi) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(rand.int(lo, hi));
  return a.sort((x, y) => x - y);
}
export default function generate(rand) {
  const cases = [
    [[], []], [[5], []], [[], [-5]], [[1], [1]], [[1, 1, 1], [1, 1]],
    [[1, 2, 3], [4, 5, 6]], [[4, 5, 6], [1, 2, 3]], [[-100000], [100000]],
    [[-3, 0, 0, 8], [-10, -3, 0, 12, 15, 20]], [[2], [1, 3, 5, 7, 9]],
  ];
  for (let i = 0; i < 8; i++) cases.push([sortedList(rand, rand.int(0, 20), -20, 20), sortedList(rand, rand.int(0, 20), -20, 20)]);
  cases.push([sortedList(rand, 10000, -100000, 100000), sortedList(rand, 10000, -100000, 100000)]);
  cases.push([sortedList(rand, 10000, -100000, 0), sortedList(rand, 3, 1, 100000)]);
  cases.push([sortedList(rand, 2, -100000, -99990), sortedList(rand, 10000, -100000, 100000)]);
  return cases.map(([list1, list2]) => ({ input: { list1, list2 }, output: [...list1, ...list2].sort((x, y) => x - y) }));
}
