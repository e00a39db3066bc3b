function count(grid) {
  const g = grid.map((r) => [...r]), m = g.length, n = g[0].length;
  let islands = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
    if (g[i][j] !== "1") continue;
    islands++;
    const stack = [[i, j]];
    g[i][j] = "0";
    while (stack.length) {
      const [a, b] = stack.pop();
      for (const [x, y] of [[a + 1, b], [a - 1, b], [a, b + 1], [a, b - 1]]) {
        if (x >= 0 && y >= 0 && x < m && y < n && g[x][y] === "1") { g[x][y] = "0"; stack.push([x, y]); }
      }
    }
  }
  return islands;
}
const random = (rand, m, n, p) => Array.from({ length: m }, () => Array.from({ length: n }, () => (rand.next() < p ? "1" : "0")).join(""));
export default function generate(rand) {
  const grids = [["0"], ["1"], ["10", "01"], ["111", "010", "111"], ["101", "010", "101"], ["1"].concat(Array(9).fill("1"))];
  for (let i = 0; i < 6; i++) grids.push(random(rand, rand.int(1, 20), rand.int(1, 20), 0.45));
  grids.push(random(rand, 300, 300, 0.5));
  // one snake-shaped island over the whole grid: deep for a recursive DFS
  grids.push(Array.from({ length: 300 }, (_, i) => (i % 2 === 0 ? "1".repeat(300) : i % 4 === 1 ? "0".repeat(299) + "1" : "1" + "0".repeat(299))));
  return grids.map((grid) => ({ input: { grid }, output: count(grid) }));
}
