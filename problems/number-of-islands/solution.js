function numIslands(grid) {
    const g = grid.map((r) => [...r]), m = g.length, n = g[0].length;
    let islands = 0;
    for (let i = 0; i < m; i++) for (let j = 0; j < n; j++) {
        if (g[i][j] !== "1") continue;
        islands++;
        g[i][j] = "0";
        const stack = [[i, j]];
        while (stack.length) {
            const [a, b] = stack.pop();
            for (const [x, y] of [[a + 1, b], [a - 1, b], [a, b + 1], [a, b - 1]]) {
                if (x >= 0 && y >= 0 && x < m && y < n && g[x][y] === "1") { g[x][y] = "0"; stack.push([x, y]); }
            }
        }
    }
    return islands;
}
