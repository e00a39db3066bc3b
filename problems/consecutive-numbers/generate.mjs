// Longer sensor logs with gaps in the ids and runs of repeated values; the oracle walks the
// readings in id order and measures each run.
function tripled(rows) {
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  const found = new Set();
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && sorted[i][1] === sorted[i - 1][1] ? run + 1 : 1;
    if (run >= 3) found.add(sorted[i][1]);
  }
  return [...found].map((v) => [v]);
}
export default function generate(rand) {
  const cases = [];
  // [readings, value range, chance that the next reading repeats the last value, max id gap]
  for (const [n, lo, hi, repeat, gap] of [[300, 1, 5, 0, 1], [1000, -1000, 1000, 0.55, 3], [2000, 0, 50, 0.3, 1], [4000, -1000, 1000, 0.4, 10], [3000, 1, 3, 0.1, 2], [2500, 0, 0, 0, 5], [1500, -1000, 1000, 0.7, 1]]) {
    const rows = [];
    let id = rand.int(1, 50);
    for (let i = 0; i < n; i++) {
      const value = i > 0 && rand.next() < repeat ? rows[i - 1][1] : rand.int(lo, hi);
      rows.push([id, value]);
      id += rand.int(1, gap);
    }
    rand.shuffle(rows);
    cases.push({ input: { Readings: rows }, output: { columns: ["value"], rows: tripled(rows) } });
  }
  return cases;
}
