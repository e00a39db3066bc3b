// Oracle: Kruskal — add the grid's edges in order of weight until the two corners are joined; the last edge added
// is the answer. Checked on every case against a binary search on the answer with a BFS per guess.
function kruskal(h) {
  const rows = h.length, cols = h[0].length, parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (x) => { while (parent[x] !== x) { parent[x] = parent[parent[x]]; x = parent[x]; } return x; };
  const edges = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
    if (r + 1 < rows) edges.push([Math.abs(h[r][c] - h[r + 1][c]), r * cols + c, (r + 1) * cols + c]);
    if (c + 1 < cols) edges.push([Math.abs(h[r][c] - h[r][c + 1]), r * cols + c, r * cols + c + 1]);
  }
  edges.sort((a, b) => a[0] - b[0]);
  const last = rows * cols - 1;
  if (last === 0) return 0;
  for (const [w, a, b] of edges) {
    parent[find(a)] = find(b);
    if (find(0) === find(last)) return w;
  }
  throw new Error("corners never joined");
}
function reachable(h, limit) {
  const rows = h.length, cols = h[0].length, seen = Array.from({ length: rows }, () => new Array(cols).fill(false));
  const queue = [[0, 0]];
  seen[0][0] = true;
  for (let i = 0; i < queue.length; i++) {
    const [r, c] = queue[i];
    for (const [nr, nc] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr][nc]) continue;
      if (Math.abs(h[nr][nc] - h[r][c]) > limit) continue;
      seen[nr][nc] = true;
      queue.push([nr, nc]);
    }
  }
  return seen[rows - 1][cols - 1];
}
function bisect(h) {
  let lo = 0, hi = 1000000;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (reachable(h, mid)) hi = mid; else lo = mid + 1; }
  return lo;
}
function grid(rand, rows, cols, lo, hi) {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => rand.int(lo, hi)));
}
// A corridor of gently changing heights between walls of far-off heights, winding like a snake: it goes left on
// every other band (transposed: up), so the best path uses all four directions.
function snake(rand, rows, cols, step) {
  const h = Array.from({ length: rows }, () => new Array(cols).fill(0));
  const path = [];
  for (let r = 0; r < rows; r++) {
    const all = Array.from({ length: cols }, (_, i) => i);
    if (r % 2 === 0) { if (r % 4 === 2) all.reverse(); for (const c of all) path.push([r, c]); }
    else if (r === rows - 1) { if (r % 4 === 1) all.reverse(); for (const c of all) path.push([r, c]); }
    else path.push([r, r % 4 === 1 ? cols - 1 : 0]);
  }
  let cur = 500000;
  const onPath = new Set(path.map(([r, c]) => r * cols + c));
  for (const [r, c] of path) { h[r][c] = cur; cur += rand.int(-step, step); }
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) if (!onPath.has(r * cols + c)) h[r][c] = rand.pick([1, 1000000]);
  return h;
}
const transpose = (h) => h[0].map((_, c) => h.map((row) => row[c]));
export default function generate(rand, { expand }) {
  const cases = [
    [[1]],
    [[1000000]],
    [[1, 1000000]],
    [[5], [5], [5]],
    [[1, 10, 1, 1]],
    [[7, 7, 7], [7, 7, 7]],
    [[1, 100], [100, 1]],
    [[1, 2, 3], [50, 50, 4], [9, 8, 5], [10, 50, 50], [11, 12, 13]],                  // must go left
    [[1, 50, 9, 10, 11], [2, 50, 8, 50, 12], [3, 50, 7, 50, 13], [4, 5, 6, 50, 14]],   // must go up
    [[1, 1000000, 1000000], [1000000, 1000000, 1000000], [1000000, 1000000, 1]],
  ];
  for (let i = 0; i < 10; i++) cases.push(grid(rand, rand.int(1, 6), rand.int(1, 6), 1, rand.pick([3, 20, 1000000])));
  for (let i = 0; i < 5; i++) cases.push(grid(rand, rand.int(5, 40), rand.int(5, 40), 1, rand.pick([10, 1000, 1000000])));
  cases.push(snake(rand, 9, 7, 3));
  cases.push(transpose(snake(rand, 8, 7, 4)));
  // large
  cases.push(grid(rand, 100, 100, 1, 1000000));
  cases.push(grid(rand, 100, 100, 1, 100));
  cases.push(snake(rand, 100, 100, 1000));
  cases.push(transpose(snake(rand, 100, 100, 1000)));
  cases.push([Array.from({ length: 100 }, (_, i) => 1 + i * 10000)].concat(grid(rand, 99, 100, 1, 1000000)).slice(0, 100));
  cases.push(Array.from({ length: 100 }, (_, r) => Array.from({ length: 100 }, (_, c) => 1 + (r + c) * 5000)));
  const tests = cases.map((heights) => {
    if (heights.length > 100 || heights[0].length > 100 || heights.some((row) => row.length !== heights[0].length || row.some((x) => x < 1 || x > 1000000))) {
      throw new Error("a grid breaks the constraints");
    }
    const a = kruskal(heights), b = bisect(heights);
    if (a !== b) throw new Error(`oracle ${a} != bisect ${b} on ${JSON.stringify(heights).slice(0, 200)}`);
    return { input: { heights }, output: a };
  });
  // The complexity guard: a 998 x 100 serpentine corridor (every other band runs right to left) between walls, made
  // by the runner from this recipe. Relaxing every cell in reading order until nothing changes gains one cell a sweep
  // on each leftward band: ~2.5 * 10^4 sweeps of 10^5 cells. Dijkstra is O(mn log mn).
  const W = 100, band = (f) => Array.from({ length: W }, (_, c) => f(c));
  const corridor = band((c) => 1 + (c % 10) * 3), right = band((c) => (c === W - 1 ? 28 : 1000)), left = band((c) => (c === 0 ? 1 : 1000));
  const guard = { $gen: "concat", parts: [{ $gen: "repeat", value: [corridor, right, corridor, left], times: 249 }, [corridor, right]] };
  tests.push({ input: { heights: guard }, output: kruskal(expand(guard)) });
  return tests;
}
