// Oracle: prices by exact number of flights, layer by layer (best[i][v] = cheapest walk src -> v with exactly i
// flights), answer = min over i in 1..k+1. Checked on small cases against a brute force over all simple routes.
function cheapest(n, flights, src, dst, k) {
  let layer = new Array(n).fill(Infinity);
  layer[src] = 0;
  let best = Infinity;
  for (let i = 1; i <= k + 1; i++) {
    const next = new Array(n).fill(Infinity);
    for (const [u, v, p] of flights) if (layer[u] + p < next[v]) next[v] = layer[u] + p;
    layer = next;
    best = Math.min(best, layer[dst]);
  }
  return best === Infinity ? -1 : best;
}
function brute(n, flights, src, dst, k) {
  const out = Array.from({ length: n }, () => []);
  for (const [u, v, p] of flights) out[u].push([v, p]);
  let best = Infinity;
  const seen = new Array(n).fill(false);
  const walk = (u, cost, used) => {
    if (u === dst) { best = Math.min(best, cost); return; }
    if (used === k + 1) return;
    seen[u] = true;
    for (const [v, p] of out[u]) if (!seen[v]) walk(v, cost + p, used + 1);
    seen[u] = false;
  };
  walk(src, 0, 0);
  return best === Infinity ? -1 : best;
}
function randomFlights(rand, n, m, maxP) {
  const seen = new Set(), out = [];
  const want = Math.min(m, n * (n - 1) / 2);
  while (out.length < want) {
    const u = rand.int(0, n - 1), v = rand.int(0, n - 1);
    if (u === v || seen.has(u * n + v)) continue;
    seen.add(u * n + v);
    out.push([u, v, rand.int(1, maxP)]);
  }
  return out;
}
export default function generate(rand) {
  const cases = [
    [2, [], 0, 1, 0],
    [2, [[0, 1, 10000]], 0, 1, 0],
    [2, [[1, 0, 5]], 0, 1, 1],                                            // only the wrong direction
    [3, [[0, 1, 1], [1, 2, 1]], 0, 2, 0],                                 // listed in path order: one round must not chain
    [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], 0, 3, 1],         // cheaper route needs 2 stops
    [4, [[0, 1, 1], [1, 2, 1], [2, 3, 1], [0, 3, 100]], 0, 3, 2],
    // cheap way into city 2 uses too many stops; the pricier direct one must be kept (Dijkstra per city fails)
    [5, [[0, 1, 1], [1, 2, 1], [0, 2, 5], [2, 3, 1], [3, 4, 1]], 0, 4, 2],
    [5, [[0, 1, 1], [1, 2, 1], [0, 2, 5], [2, 3, 1], [3, 4, 1]], 0, 4, 3],
    [4, [[0, 1, 1], [1, 0, 1], [1, 2, 1], [2, 1, 1], [2, 3, 1]], 3, 0, 3],  // dst reachable only from src's side
    [5, [[0, 1, 5], [1, 2, 5], [0, 3, 2], [3, 1, 2], [1, 4, 1], [3, 4, 10]], 0, 4, 1],
  ];
  for (let i = 0; i < 10; i++) {
    const n = rand.int(2, 8);
    const src = rand.int(0, n - 1);
    let dst = rand.int(0, n - 2);
    if (dst >= src) dst++;
    cases.push([n, randomFlights(rand, n, rand.int(0, n * (n - 1) / 2), rand.pick([5, 100, 10000])), src, dst, rand.int(0, n - 1)]);
  }
  for (let i = 0; i < 6; i++) {
    const n = rand.int(10, 60);
    const src = rand.int(0, n - 1);
    let dst = rand.int(0, n - 2);
    if (dst >= src) dst++;
    cases.push([n, randomFlights(rand, n, rand.int(n * 2, n * 8), rand.int(10, 10000)), src, dst, rand.int(0, 6)]);
  }
  // large: every allowed flight with random prices; a chain where each extra stop is cheaper, listed in order
  // (in-place relaxation runs it all in one round) with costly shortcuts; a trap where the cheapest way into
  // each city uses many flights.
  const n = 100;
  cases.push([n, rand.shuffle(randomFlights(rand, n, n * (n - 1) / 2, 10000)), 7, 93, 3]);
  cases.push([n, rand.shuffle(randomFlights(rand, n, n * (n - 1) / 2, 10000)), 0, 99, 99]);
  const chain = [];
  for (let v = 0; v < n - 1; v++) chain.push([v, v + 1, 1]);
  for (let v = 0; v + 10 < n; v += 10) chain.push([v, v + 10, 10000]);
  cases.push([n, chain, 0, n - 1, 20]);
  cases.push([n, chain.slice(), 0, n - 1, 98]);
  const trap = [];
  for (let v = 1; v < n - 1; v++) trap.push([v - 1, v, 1], [0, v, 10000 - v]);
  trap.push([n - 2, n - 1, 1]);
  cases.push([n, rand.shuffle(trap), 0, n - 1, 50]);
  const trap2 = trap.filter(([, v]) => v !== n - 1);
  trap2.push([60, n - 1, 1]);
  cases.push([n, rand.shuffle(trap2), 0, n - 1, 3]);
  for (const [n, flights, src, dst, k] of cases) {
    if (n <= 8) {
      const a = cheapest(n, flights, src, dst, k), b = brute(n, flights, src, dst, k);
      if (a !== b) throw new Error(`oracle ${a} != brute ${b} on ${JSON.stringify([n, flights, src, dst, k])}`);
    }
  }
  return cases.map(([n, flights, src, dst, k]) => ({ input: { n, flights, src, dst, k }, output: cheapest(n, flights, src, dst, k) }));
}
