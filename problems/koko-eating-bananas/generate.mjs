// Oracle: binary search on the speed with exact float arithmetic (sums stay below 2^53), checked
// against a linear scan of every speed on the small cases.
function hours(piles, k) {
  let t = 0;
  for (const p of piles) t += Math.ceil(p / k);
  return t;
}
function fastest(piles, h) {
  let lo = 1, hi = Math.max(...piles);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (hours(piles, mid) <= h) hi = mid; else lo = mid + 1;
  }
  return lo;
}
function brute(piles, h) {
  for (let k = 1; ; k++) if (hours(piles, k) <= h) return k;
}
export default function generate(rand) {
  const cases = [
    [[1], 1], [[1000000000], 1], [[1000000000], 1000000000], [[1000000000], 999999999],
    [[3, 6, 7, 11], 4], [[3, 6, 7, 11], 8], [[30, 11, 23, 4, 20], 5], [[30, 11, 23, 4, 20], 6],
    [[5, 5, 5, 5], 4], [[5, 5, 5, 5], 20], [[2, 2], 3],
    // huge piles, few hours to spare: small speeds give hour counts above 2^31
    [[805306368, 805306368, 805306368], 1000000000],
    [[1000000000, 1000000000, 1000000000], 1000000000],
  ];
  for (let i = 0; i < 14; i++) {
    const n = rand.int(1, 12);
    const piles = Array.from({ length: n }, () => rand.int(1, rand.pick([10, 100, 1000])));
    cases.push([piles, rand.int(n, n * 6)]);
  }
  for (const [piles, h] of cases) if (brute(piles, h) !== fastest(piles, h) && Math.max(...piles) <= 1000) throw new Error("oracle disagrees");
  const big = (n) => Array.from({ length: n }, () => rand.int(1, 1000000000));
  cases.push([big(10000), 10000]);
  cases.push([big(10000), 1000000000]);
  cases.push([big(10000), rand.int(10000, 200000)]);
  cases.push([Array.from({ length: 10000 }, () => 1000000000), 1000000000]);
  cases.push([Array.from({ length: 10000 }, () => rand.int(1, 1000)), 10000]);
  return cases.map(([piles, h]) => ({ input: { piles, h }, output: fastest(piles, h) }));
}
