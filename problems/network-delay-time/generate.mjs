// Oracle: Bellman-Ford (rounds of relaxing every edge until nothing changes).
function delay(times, n, k) {
  const dist = new Array(n + 1).fill(Infinity);
  dist[k] = 0;
  for (let round = 0; round < n; round++) {
    let changed = false;
    for (const [u, v, w] of times) if (dist[u] + w < dist[v]) { dist[v] = dist[u] + w; changed = true; }
    if (!changed) break;
  }
  let best = 0;
  for (let v = 1; v <= n; v++) best = Math.max(best, dist[v]);
  return best === Infinity ? -1 : best;
}
function randomGraph(rand, n, m, maxW, k = 0) {
  const seen = new Set(), out = [];
  if (k) { // first a random tree reaching every node from k
    const order = rand.shuffle(Array.from({ length: n }, (_, i) => i + 1).filter((v) => v !== k));
    order.unshift(k);
    for (let i = 1; i < n; i++) { const u = order[rand.int(0, i - 1)], v = order[i]; seen.add(u * (n + 1) + v); out.push([u, v, rand.int(0, maxW)]); }
  }
  const want = Math.min(m, n * (n - 1));
  while (out.length < want) {
    const u = rand.int(1, n), v = rand.int(1, n);
    if (u === v || seen.has(u * (n + 1) + v)) continue;
    seen.add(u * (n + 1) + v);
    out.push([u, v, rand.int(0, maxW)]);
  }
  return out;
}
export default function generate(rand) {
  const cases = [
    [[], 1, 1],
    [[], 2, 1],
    [[[1, 2, 0]], 2, 1],
    [[[1, 2, 100], [2, 1, 100]], 2, 2],
    [[[1, 2, 5], [1, 3, 1], [3, 2, 1], [2, 4, 1], [3, 4, 7]], 4, 1],   // a node first seen through a worse path
    [[[1, 2, 1], [2, 3, 1], [3, 1, 1]], 3, 3],
    [[[1, 2, 1], [1, 3, 1], [4, 1, 1]], 4, 1],
    [[[1, 2, 0], [2, 3, 0], [3, 4, 0]], 4, 1],
    [[[1, 2, 3], [1, 3, 3], [2, 4, 2], [3, 4, 1], [4, 5, 0]], 5, 1],
  ];
  for (let i = 0; i < 14; i++) {
    const n = rand.int(2, 30), k = rand.int(1, n);
    cases.push([rand.shuffle(randomGraph(rand, n, rand.int(n - 1, n * 4), rand.int(1, 100), i % 3 ? k : 0)), n, k]);
  }
  // large: a long path listed in reverse (many Bellman-Ford rounds), a random dense-ish graph, a grid-like graph with
  // shortcuts that look attractive first, and an unreachable node
  const n = 5000, path = [];
  for (let v = n - 1; v >= 1; v--) path.push([v, v + 1, rand.int(0, 100)]);
  cases.push([path, n, 1]);
  const k = rand.int(1, n);
  cases.push([rand.shuffle(randomGraph(rand, n, 10000, 100, k)), n, k]);
  const ladder = [];
  for (let v = 1; v <= 2500; v++) { if (v < 2500) { ladder.push([v, v + 1, 1]); ladder.push([v + 1, v, 1]); } ladder.push([v, 2500 + v, 100]); ladder.push([2500 + v, v, 0]); }
  cases.push([ladder, 5000, 2500]);
  const cut = path.slice(0, path.length - 1);
  cases.push([cut, n, 1]);
  return cases.map(([times, n, k]) => ({ input: { times, n, k }, output: delay(times, n, k) }));
}
