// Oracle: BFS over an adjacency list.
function reachable(n, edges, s, d) {
  const adj = Array.from({ length: n }, () => []);
  for (const [u, v] of edges) { adj[u].push(v); adj[v].push(u); }
  const seen = new Uint8Array(n), q = [s];
  seen[s] = 1;
  for (let h = 0; h < q.length; h++) for (const w of adj[q[h]]) if (!seen[w]) { seen[w] = 1; q.push(w); }
  return seen[d] === 1;
}
function randomEdges(rand, n, m) {
  const set = new Set(), out = [];
  const max = (n * (n - 1)) / 2;
  while (out.length < Math.min(m, max)) {
    const u = rand.int(0, n - 1), v = rand.int(0, n - 1);
    if (u === v) continue;
    const key = Math.min(u, v) * n + Math.max(u, v);
    if (set.has(key)) continue;
    set.add(key); out.push([u, v]);
  }
  return out;
}
export default function generate(rand) {
  const cases = [
    [1, [], 0, 0],
    [2, [], 0, 1],
    [2, [[1, 0]], 0, 1],
    [5, [], 3, 3],
    [4, [[0, 1], [2, 1]], 0, 2],      // the second edge re-parents 1 in a naive union
    [4, [[0, 1], [2, 3]], 0, 3],
    [5, [[0, 1], [1, 2], [3, 4], [2, 1]].slice(0, 3).concat([[4, 0]]), 2, 3],
    [6, [[5, 4], [4, 3], [3, 2], [2, 1], [1, 0]], 0, 5], // edges written "backwards"
  ];
  for (let i = 0; i < 12; i++) {
    const n = rand.int(2, 40), m = rand.int(0, n + 5);
    cases.push([n, randomEdges(rand, n, m), rand.int(0, n - 1), rand.int(0, n - 1)]);
  }
  // large: a shuffled path of 10^4 vertices (edges in random order and direction)
  const n = 10000, perm = rand.shuffle(Array.from({ length: n }, (_, i) => i));
  const path = [];
  for (let i = 0; i + 1 < n; i++) path.push(rand.next() < 0.5 ? [perm[i], perm[i + 1]] : [perm[i + 1], perm[i]]);
  rand.shuffle(path);
  cases.push([n, path, perm[0], perm[n - 1]]);
  // two long paths, ends in different halves
  const two = path.filter(([u, v]) => !((u === perm[5000] && v === perm[4999]) || (u === perm[4999] && v === perm[5000])));
  cases.push([n, two, perm[0], perm[n - 1]]);
  cases.push([n, randomEdges(rand, n, 10000), rand.int(0, n - 1), rand.int(0, n - 1)]);
  cases.push([n, randomEdges(rand, n, 4000), 17, 9876]);
  return cases.map(([n, edges, source, destination]) => ({ input: { n, edges, source, destination }, output: reachable(n, edges, source, destination) }));
}
