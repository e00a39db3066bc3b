// Oracle: simulate semesters directly: each semester, take every course whose prerequisites are all done.
function semesters(n, relations) {
  const done = new Uint8Array(n + 1);
  let taken = 0, count = 0;
  while (taken < n) {
    const blocked = new Uint8Array(n + 1);
    for (const [p, q] of relations) if (!done[p]) blocked[q] = 1;
    const now = [];
    for (let c = 1; c <= n; c++) if (!done[c] && !blocked[c]) now.push(c);
    if (!now.length) return -1;
    for (const c of now) done[c] = 1;
    taken += now.length;
    count++;
  }
  return count;
}
// a random DAG on a random topological order, optionally with one back edge making a cycle
function dag(rand, n, m, cycle) {
  const order = rand.shuffle(Array.from({ length: n }, (_, i) => i + 1)), seen = new Set(), out = [];
  const want = Math.min(m, (n * (n - 1)) / 2);
  while (out.length < want) {
    let i = rand.int(0, n - 1), j = rand.int(0, n - 1);
    if (i === j) continue;
    if (i > j) [i, j] = [j, i];
    const key = order[i] * (n + 1) + order[j];
    if (seen.has(key)) continue;
    seen.add(key);
    out.push([order[i], order[j]]);
  }
  if (cycle && n >= 2 && out.length) {
    const [a, b] = out[rand.int(0, out.length - 1)];
    if (!seen.has(b * (n + 1) + a)) out.push([b, a]);
  }
  return rand.shuffle(out);
}
// Kahn's algorithm level by level, for the guard (the simulation would need 10^10 steps there); checked against
// the simulation on every other test.
function kahn(n, relations) {
  const adj = Array.from({ length: n + 1 }, () => []), indeg = new Int32Array(n + 1);
  for (const [p, q] of relations) { adj[p].push(q); indeg[q]++; }
  let level = [];
  for (let c = 1; c <= n; c++) if (indeg[c] === 0) level.push(c);
  let taken = 0, count = 0;
  while (level.length) {
    count++;
    taken += level.length;
    const next = [];
    for (const c of level) for (const d of adj[c]) if (--indeg[d] === 0) next.push(d);
    level = next;
  }
  return taken === n ? count : -1;
}
export default function generate(rand, { expand }) {
  const cases = [
    [1, []],
    [5, []],
    [2, [[2, 1]]],
    [2, [[1, 2], [2, 1]]],
    [4, [[1, 2], [2, 3], [3, 4]]],
    [4, [[4, 3], [3, 2], [2, 1]]],
    [5, [[1, 5], [2, 5], [3, 5], [4, 5], [1, 2], [2, 3], [3, 4]]],
    [6, [[1, 2], [2, 3], [3, 1], [4, 5]]],       // a cycle in one part, another part fine
    [3, [[1, 2], [1, 3], [2, 3]]],
  ];
  for (let i = 0; i < 14; i++) {
    const n = rand.int(2, 30);
    cases.push([n, dag(rand, n, rand.int(0, n * 2), i % 4 === 3)]);
  }
  // layered: 2 courses per layer, each requiring both of the previous layer (exponentially many paths)
  const layers = [];
  for (let l = 0; l + 1 < 60; l++) for (const a of [1, 2]) for (const b of [1, 2]) layers.push([2 * l + a, 2 * (l + 1) + b]);
  cases.push([120, layers]);
  // large: a 5000-long chain in shuffled order, the same closed into a cycle, a random DAG, a wide one
  const n = 5000, perm = rand.shuffle(Array.from({ length: n }, (_, i) => i + 1)), chain = [];
  for (let i = 0; i + 1 < n; i++) chain.push([perm[i], perm[i + 1]]);
  cases.push([n, rand.shuffle([...chain])]);
  cases.push([n, rand.shuffle([...chain, [perm[n - 1], perm[0]]])]);
  cases.push([n, dag(rand, n, 5000, false)]);
  const deep = [];
  for (let i = 0; i + 1 < n; i++) if (rand.next() < 0.6 || i < 3000) deep.push([perm[rand.int(Math.max(0, i - 2), i)], perm[i + 1]]);
  cases.push([n, rand.shuffle(deep.slice(0, 5000))]);
  const tests = cases.map(([n, relations]) => {
    const output = semesters(n, relations);
    if (kahn(n, relations) !== output) throw new Error(`Kahn disagrees with the simulation on ${JSON.stringify([n, relations])}`);
    return { input: { n, relations }, output };
  });
  // The complexity guard: the chain 1 -> 2 -> ... -> 6 * 10^4, made by the runner from this recipe: 6 * 10^4 semesters, so
  // rescanning every relation each semester is 3.6 * 10^9 steps; Kahn's algorithm is O(V + E).
  const N = 60000;
  const guard = { $gen: "zip", columns: [{ $gen: "range", from: 1, n: N - 1 }, { $gen: "range", from: 2, n: N - 1 }] };
  tests.push({ input: { n: N, relations: guard }, output: kahn(N, expand(guard)) });
  return tests;
}
