function canFinish(n, pre) {
  const indeg = Array(n).fill(0), adj = Array.from({ length: n }, () => []);
  for (const [a, b] of pre) { adj[b].push(a); indeg[a]++; }
  const queue = [];
  for (let i = 0; i < n; i++) if (indeg[i] === 0) queue.push(i);
  let done = 0;
  while (queue.length) { const c = queue.pop(); done++; for (const d of adj[c]) if (--indeg[d] === 0) queue.push(d); }
  return done === n;
}
function dag(rand, n, m) {
  const order = rand.shuffle(Array.from({ length: n }, (_, i) => i)), edges = [];
  for (let k = 0; k < m; k++) {
    const i = rand.int(0, n - 2), j = rand.int(i + 1, n - 1);
    edges.push([order[j], order[i]]);
  }
  return edges;
}
export default function generate(rand, { expand }) {
  const cases = [[1, []], [1, [[0, 0]]], [3, [[1, 0], [2, 1]]], [3, [[1, 0], [2, 1], [0, 2]]], [4, [[1, 0], [2, 0], [3, 1], [3, 2]]], [5, []], [2, [[0, 1], [0, 1]]]];
  for (let i = 0; i < 4; i++) { const n = rand.int(2, 20); cases.push([n, dag(rand, n, rand.int(0, 30))]); }
  for (let i = 0; i < 3; i++) { const n = rand.int(3, 20); const e = dag(rand, n, rand.int(2, 30)); const [a, b] = e[0]; e.push([b, a]); cases.push([n, rand.shuffle(e)]); }
  const chain = Array.from({ length: 1999 }, (_, i) => [i + 1, i]);
  cases.push([2000, dag(rand, 2000, 5000)], [2000, chain], [2000, [...chain, [0, 1999]]]);
  const tests = cases.map(([numCourses, prerequisites]) => ({ input: { numCourses, prerequisites }, output: canFinish(numCourses, prerequisites) }));
  // The complexity guard: a chain of 6 * 10^4 courses (course i + 1 needs course i), made by the runner from this
  // recipe. Kahn's algorithm takes it in O(V + E); rounds that rescan every prerequisite need 6 * 10^4 rounds of 6 * 10^4.
  const N = 60000;
  const guard = { $gen: "zip", columns: [{ $gen: "range", from: 1, n: N - 1 }, { $gen: "range", from: 0, n: N - 1 }] };
  tests.push({ input: { numCourses: N, prerequisites: guard }, output: canFinish(N, expand(guard)) });
  return tests;
}
