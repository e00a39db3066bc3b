// Oracle: the binomial C(m + n - 2, m - 1) in BigInt. Checked against a BigInt grid DP on every
// test (cheap: at most 100 x 100).
const LIMIT = 2000000000000000n;
function binom(m, n) {
  const top = BigInt(m + n - 2), k = BigInt(m - 1);
  let num = 1n, den = 1n;
  for (let i = 0n; i < k; i++) { num *= top - i; den *= i + 1n; }
  return num / den;
}
function grid(m, n) {
  const row = new Array(n).fill(1n);
  for (let r = 1; r < m; r++) for (let c = 1; c < n; c++) row[c] += row[c - 1];
  return row[n - 1];
}
export default function generate(rand) {
  const pairs = [
    [1, 100], [100, 1], [2, 2], [1, 2], [2, 100], [100, 2], [10, 10], [16, 17], [17, 17], [18, 18],
    [28, 28], [12, 100], [100, 12], [40, 20], [20, 40], [45, 18], [100, 3],
  ];
  for (let i = 0; i < 10; i++) {
    let m, n;
    do { m = rand.int(1, 100); n = rand.int(1, 100); } while (binom(m, n) > LIMIT);
    pairs.push([m, n]);
  }
  return pairs.map(([m, n]) => {
    const exact = binom(m, n);
    if (exact !== grid(m, n)) throw new Error(`unique-paths oracles disagree on ${m} x ${n}`);
    if (exact > LIMIT) throw new Error(`unique-paths ${m} x ${n} is over the stated limit`);
    return { input: { m, n }, output: Number(exact) };
  });
}
