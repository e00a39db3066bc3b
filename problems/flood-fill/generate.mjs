// Oracle: BFS with an explicit visited array (independent of the references' recolor-as-visited trick).
function fill(image, sr, sc, color) {
  const m = image.length, n = image[0].length, out = image.map((r) => [...r]);
  const orig = image[sr][sc], seen = new Uint8Array(m * n), q = [[sr, sc]];
  seen[sr * n + sc] = 1;
  for (let h = 0; h < q.length; h++) {
    const [r, c] = q[h];
    out[r][c] = color;
    for (const [dr, dc] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const a = r + dr, b = c + dc;
      if (a >= 0 && a < m && b >= 0 && b < n && !seen[a * n + b] && image[a][b] === orig) { seen[a * n + b] = 1; q.push([a, b]); }
    }
  }
  return out;
}
function grid(rand, m, n, k) { return Array.from({ length: m }, () => Array.from({ length: n }, () => rand.int(0, k - 1))); }
export default function generate(rand) {
  const cases = [
    [[[0]], 0, 0, 0],
    [[[5]], 0, 0, 9],
    [[[65535, 0]], 0, 0, 0],
    [[[1, 1], [1, 1]], 1, 1, 1],
    [[[1, 2, 1], [2, 1, 2], [1, 2, 1]], 1, 1, 3],
    [[[1, 0, 1], [1, 0, 1], [1, 1, 1]], 0, 0, 4],
    [[[2, 2, 2, 2, 2]], 0, 4, 7],
    [[[2], [2], [3], [2]], 0, 0, 8],
  ];
  for (let i = 0; i < 10; i++) {
    const m = rand.int(1, 12), n = rand.int(1, 12), k = rand.int(1, 3);
    cases.push([grid(rand, m, n, k), rand.int(0, m - 1), rand.int(0, n - 1), rand.int(0, 3)]);
  }
  // large: one all-same 200x200 image, filled with the same color and with another
  const same = Array.from({ length: 200 }, () => Array(200).fill(1));
  cases.push([same, 100, 100, 1]);
  cases.push([same, 0, 0, 2]);
  // a snake-shaped region (long path) and a random 2-color one
  const snake = Array.from({ length: 200 }, (_, r) => Array.from({ length: 200 }, (_, c) => (r % 2 === 0 || (r % 4 === 1 ? c === 199 : c === 0) ? 1 : 0)));
  cases.push([snake, 0, 0, 3]);
  cases.push([grid(rand, 200, 200, 2), 57, 143, 1]);
  return cases.map(([image, sr, sc, color]) => ({ input: { image, sr, sc, color }, output: fill(image, sr, sc, color) }));
}
