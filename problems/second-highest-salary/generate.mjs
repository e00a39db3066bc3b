// Larger payrolls; the oracle sorts the distinct salaries in JavaScript.
function secondHighest(rows) {
  const distinct = [...new Set(rows.map(([, s]) => s))].sort((a, b) => b - a);
  return distinct.length >= 2 ? distinct[1] : null;
}
export default function generate(rand) {
  const cases = [];
  // [rows, salary range, copies of the top salary]
  for (const [n, lo, hi, topCopies] of [[500, 1, 10000000, 1], [2000, 1000, 1100, 30], [3000, 1, 10000000, 200], [3000, 42, 42, 0], [3000, 500, 501, 0], [1000, 1, 10000000, 999]]) {
    const rows = [];
    const top = rand.int(lo, hi);
    for (let i = 0; i < n; i++) rows.push([0, i < topCopies ? top : rand.int(lo, hi)]);
    rand.shuffle(rows);
    rows.forEach((r, i) => { r[0] = i + 1; });
    cases.push({ input: { Payroll: rows }, output: { columns: ["secondHighestSalary"], rows: [[secondHighest(rows)]] } });
  }
  return cases;
}
