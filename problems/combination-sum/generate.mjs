// Oracle: unbounded-knapsack style table of combinations, candidates in the outer loop so that each
// multiset is built once (in candidate order). Inputs whose answer exceeds 500 combinations are redrawn.
function combos(candidates, target) {
  const table = Array.from({ length: target + 1 }, () => []);
  table[0].push([]);
  for (const c of candidates) for (let t = c; t <= target; t++) for (const prev of table[t - c]) table[t].push([...prev, c]);
  return table[target];
}
// Independent count (coin-change ways DP) as a cross-check of the table's size.
function ways(candidates, target) {
  const w = new Array(target + 1).fill(0);
  w[0] = 1;
  for (const c of candidates) for (let t = c; t <= target; t++) w[t] += w[t - c];
  return w[target];
}
function draw(rand, n, target) {
  for (;;) {
    const candidates = rand.shuffle(Array.from({ length: 39 }, (_, i) => i + 2)).slice(0, n);
    if (ways(candidates, target) <= 500) return candidates;
  }
}
export default function generate(rand) {
  const cases = [
    [[2], 1], [[2], 2], [[2], 40], [[40], 40], [[3], 40], [[7, 3], 40], [[39, 40], 39],
    [[5, 3, 2], 12], [[8, 7, 4, 3], 11], [[2, 3, 4], 10], [[10, 20, 30, 40], 40],
  ];
  for (let i = 0; i < 12; i++) { const target = rand.int(8, 40); cases.push([draw(rand, rand.int(2, 12), target), target]); }
  // large-ish: many candidates, the biggest target; small candidates where permutation-based search explodes
  cases.push([draw(rand, 30, 40), 40]);
  cases.push([Array.from({ length: 30 }, (_, i) => 40 - i), 40]);
  cases.push([[2, 3, 5], 40]);
  cases.push([[3, 4, 5, 6], 40]);
  for (const [candidates, target] of cases) {
    const got = combos(candidates, target);
    if (got.length !== ways(candidates, target)) throw new Error(`oracle disagreement on ${JSON.stringify([candidates, target])}`);
    if (got.length > 500) throw new Error(`too many combinations for ${JSON.stringify([candidates, target])}: ${got.length}`);
  }
  return cases.map(([candidates, target]) => ({ input: { candidates, target }, output: combos(candidates, target) }));
}
