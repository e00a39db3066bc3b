// Oracle: multi-source BFS distances; on small grids it is checked against a minute-by-minute simulation.
function bfs(grid) {
  const m = grid.length, n = grid[0].length, dist = new Int32Array(m * n).fill(-1), q = [];
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (grid[r][c] === 2) { dist[r * n + c] = 0; q.push(r * n + c); }
  for (let h = 0; h < q.length; h++) {
    const p = q[h], r = Math.floor(p / n), c = p % n;
    for (const [a, b] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
      if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] === 1 && dist[a * n + b] < 0) { dist[a * n + b] = dist[p] + 1; q.push(a * n + b); }
    }
  }
  let best = 0;
  for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) if (grid[r][c] === 1) { if (dist[r * n + c] < 0) return -1; best = Math.max(best, dist[r * n + c]); }
  return best;
}
function simulate(grid) {
  let g = grid.map((r) => [...r]), minutes = 0;
  const m = g.length, n = g[0].length;
  for (;;) {
    const next = g.map((r) => [...r]);
    let changed = false;
    for (let r = 0; r < m; r++) for (let c = 0; c < n; c++) {
      if (g[r][c] !== 1) continue;
      for (const [a, b] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) if (a >= 0 && a < m && b >= 0 && b < n && g[a][b] === 2) { next[r][c] = 2; changed = true; break; }
    }
    if (!changed) break;
    g = next; minutes++;
  }
  return g.some((r) => r.includes(1)) ? -1 : minutes;
}
function randomGrid(rand, m, n, pEmpty, pRot) {
  return Array.from({ length: m }, () => Array.from({ length: n }, () => { const x = rand.next(); return x < pEmpty ? 0 : x < pEmpty + pRot ? 2 : 1; }));
}
export default function generate(rand, { expand }) {
  const grids = [
    [[0]], [[1]], [[2]], [[2, 2]], [[0, 0], [0, 0]], [[1, 1, 1]], [[2, 1, 1, 1, 1, 1, 1, 1]],
    [[1, 0, 2]], [[2, 1, 0, 1, 2]], [[1, 1, 1], [1, 2, 1], [1, 1, 1]], [[2, 0, 0], [0, 0, 0], [0, 0, 1]],
  ];
  for (let i = 0; i < 14; i++) grids.push(randomGrid(rand, rand.int(1, 10), rand.int(1, 10), rand.next() * 0.15, 0.05 + rand.next() * 0.15));
  for (const g of grids) if (bfs(g) !== simulate(g)) throw new Error(`oracle disagreement on ${JSON.stringify(g)}`);
  // large: corner source in a full 200x200 grid, a serpentine corridor, a random grid, one fresh orange cut off
  const full = Array.from({ length: 200 }, () => Array(200).fill(1));
  full[0][0] = 2;
  grids.push(full);
  const snake = Array.from({ length: 200 }, (_, r) => Array.from({ length: 200 }, (_, c) => (r % 2 === 0 || (r % 4 === 1 ? c === 199 : c === 0) ? 1 : 0)));
  snake[0][0] = 2;
  grids.push(snake);
  grids.push(randomGrid(rand, 200, 200, 0.02, 0.0005));
  const cut = full.map((r) => [...r]);
  cut[198][199] = 0; cut[199][198] = 0;
  grids.push(cut);
  const tests = grids.map((grid) => ({ input: { grid }, output: bfs(grid) }));
  // The complexity guard: a serpentine corridor in a 1000 x 100 grid, rotten at one end, made by the runner from
  // this recipe. It rots for ~5 * 10^4 minutes, so scanning all 10^5 cells every minute is ~5 * 10^9 steps.
  const W = 100, row = (f) => Array.from({ length: W }, (_, c) => f(c));
  const all = row(() => 1), right = row((c) => (c === W - 1 ? 1 : 0)), left = row((c) => (c === 0 ? 1 : 0));
  const guard = { $gen: "concat", parts: [[row((c) => (c === 0 ? 2 : 1)), right, all, left], { $gen: "repeat", value: [all, right, all, left], times: 249 }] };
  tests.push({ input: { grid: guard }, output: bfs(expand(guard)) });
  return tests;
}
