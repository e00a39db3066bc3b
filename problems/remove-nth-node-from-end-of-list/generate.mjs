// Oracle: the list as an array, splice out index length - n.
export default function generate(rand) {
  const cases = [
    [[1], 1], [[1, 2], 1], [[1, 2], 2], [[1, 2, 3], 3], [[1, 2, 3], 2], [[1, 2, 3], 1],
    [[5, 5, 5, 5], 2], [[-100000, 0, 100000], 3], [[4, 3, 2, 1, 0, -1], 6],
  ];
  for (let i = 0; i < 14; i++) {
    const len = rand.int(1, 30);
    const head = Array.from({ length: len }, () => rand.int(-50, 50));
    cases.push([head, rand.int(1, len)]);
  }
  const big = () => Array.from({ length: 10000 }, () => rand.int(-100000, 100000));
  cases.push([big(), 10000], [big(), 1], [big(), rand.int(2, 9999)]);
  return cases.map(([head, n]) => {
    const out = head.slice();
    out.splice(head.length - n, 1);
    return { input: { head, n }, output: out };
  });
}
