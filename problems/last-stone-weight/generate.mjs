// Oracle: keep the stones in a sorted array (ascending) and insert each difference with a binary
// search. On small inputs it is checked against a plain re-sort-every-turn simulation.
function bySortedInsert(stones) {
  const a = [...stones].sort((x, y) => x - y);
  while (a.length > 1) {
    const y = a.pop(), x = a.pop();
    if (y !== x) {
      const d = y - x;
      let lo = 0, hi = a.length;
      while (lo < hi) { const mid = (lo + hi) >> 1; if (a[mid] < d) lo = mid + 1; else hi = mid; }
      a.splice(lo, 0, d);
    }
  }
  return a.length ? a[0] : 0;
}
function brute(stones) {
  let a = [...stones];
  while (a.length > 1) {
    a.sort((x, y) => y - x);
    const [y, x] = a;
    a = a.slice(2);
    if (y !== x) a.push(y - x);
  }
  return a.length ? a[0] : 0;
}
export default function generate(rand) {
  const inputs = [
    [100000], [1, 1], [5, 3], [2, 2, 2], [10, 4, 3, 2, 1], [1, 2, 4, 8, 16, 32], [7, 7, 7, 7], [100000, 1],
    [9, 3, 2, 10],
  ];
  for (let i = 0; i < 10; i++) { const n = rand.int(1, 30); inputs.push(Array.from({ length: n }, () => rand.int(1, i < 5 ? 10 : 1000))); }
  for (const s of inputs) if (bySortedInsert(s) !== brute(s)) throw new Error(`last-stone-weight oracles disagree on ${JSON.stringify(s)}`);
  for (let trial = 0; trial < 200; trial++) {
    const s = Array.from({ length: rand.int(1, 12) }, () => rand.int(1, 20));
    if (bySortedInsert(s) !== brute(s)) throw new Error(`last-stone-weight oracles disagree on ${JSON.stringify(s)}`);
  }
  inputs.push(Array.from({ length: 10000 }, () => rand.int(1, 100000)));
  inputs.push(Array.from({ length: 10000 }, () => rand.int(99990, 100000)));
  inputs.push(Array.from({ length: 9999 }, () => rand.int(1, 3)));
  return inputs.map((stones) => ({ input: { stones }, output: bySortedInsert(stones) }));
}
