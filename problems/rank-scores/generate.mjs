// Larger leaderboards; the oracle sorts in JavaScript and counts the distinct ratings as it goes.
function standings(rows) {
  const sorted = [...rows].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  let standing = 0;
  let previous = null;
  return sorted.map(([id, rating]) => {
    if (rating !== previous) { standing++; previous = rating; }
    return [id, rating, standing];
  });
}
export default function generate(rand) {
  const cases = [];
  // [rows, distinct ratings to draw from (0: any two-decimal rating)]
  for (const [n, pool] of [[200, 0], [800, 5], [600, 60], [600, 0], [1000, 1], [500, 300]]) {
    const values = Array.from({ length: pool }, () => rand.int(0, 10000) / 100);
    const ids = rand.shuffle(Array.from({ length: n * 2 }, (_, i) => i + 1)).slice(0, n);
    const rows = ids.map((id) => [id, pool === 0 ? rand.int(0, 10000) / 100 : rand.pick(values)]);
    cases.push({ input: { Leaderboard: rows }, output: { columns: ["playerId", "rating", "standing"], rows: standings(rows) } });
  }
  return cases;
}
