function numIslands(grid: string[]): number {
    const m = grid.length, n = grid[0].length;
    const seen = new Uint8Array(m * n);
    let islands = 0;
    const stack: number[] = [];
    for (let i = 0; i < m; i++) {
        for (let j = 0; j < n; j++) {
            if (grid[i][j] !== "1" || seen[i * n + j]) continue;
            islands++;
            seen[i * n + j] = 1;
            stack.push(i * n + j);
            while (stack.length > 0) {
                const cell = stack.pop()!;
                const r = Math.floor(cell / n), c = cell % n;
                for (const [x, y] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                    if (x >= 0 && y >= 0 && x < m && y < n && grid[x][y] === "1" && !seen[x * n + y]) {
                        seen[x * n + y] = 1;
                        stack.push(x * n + y);
                    }
                }
            }
        }
    }
    return islands;
}
