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
// Dijkstra with a binary heap, for the guard (Bellman-Ford would need 10^10 steps there); checked against
// Bellman-Ford on every other test.
function dijkstra(times, n, k) {
  const adj = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) adj[u].push(v, w);
  const dist = new Array(n + 1).fill(Infinity), heap = [];
  const push = (d, v) => {
    heap.push([d, v]);
    for (let i = heap.length - 1; i > 0; ) { const p = (i - 1) >> 1; if (heap[p][0] <= heap[i][0]) break; [heap[p], heap[i]] = [heap[i], heap[p]]; i = p; }
  };
  const pop = () => {
    const top = heap[0], last = heap.pop();
    if (heap.length) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < heap.length && heap[l][0] < heap[m][0]) m = l;
        if (r < heap.length && heap[r][0] < heap[m][0]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]]; i = m;
      }
    }
    return top;
  };
  dist[k] = 0; push(0, k);
  while (heap.length) {
    const [d, u] = pop();
    if (d > dist[u]) continue;
    for (let i = 0; i < adj[u].length; i += 2) { const v = adj[u][i], nd = d + adj[u][i + 1]; if (nd < dist[v]) { dist[v] = nd; push(nd, v); } }
  }
  let best = 0;
  for (let v = 1; v <= n; v++) best = Math.max(best, dist[v]);
  return best === Infinity ? -1 : best;
}
export default function generate(rand, { expand }) {
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
  const tests = cases.map(([times, n, k]) => {
    const output = delay(times, n, k);
    if (dijkstra(times, n, k) !== output) throw new Error(`Dijkstra disagrees with Bellman-Ford on ${JSON.stringify([times, n, k])}`);
    return { input: { times, n, k }, output };
  });
  // The complexity guard: a path 1 -> 2 -> ... -> 5 * 10^4 listed in reverse, made by the runner from this recipe, so
  // Bellman-Ford gains one node a round: 5 * 10^4 rounds of 5 * 10^4 edges. Dijkstra takes it in O(E log V).
  const N = 50000;
  const guard = { $gen: "zip", columns: [{ $gen: "range", from: N - 1, n: N - 1, step: -1 }, { $gen: "range", from: N, n: N - 1, step: -1 }, { $gen: "ints", n: N - 1, min: 0, max: 100, seed: 18 }] };
  tests.push({ input: { times: guard, n: N, k: 1 }, output: dijkstra(expand(guard), N, 1) });
  return tests;
}
