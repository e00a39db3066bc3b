function orangesRotting(grid) {
    const m = grid.length, n = grid[0].length;
    let queue = [], fresh = 0;
    for (let r = 0; r < m; r++)
        for (let c = 0; c < n; c++) {
            if (grid[r][c] === 2) queue.push([r, c]);
            else if (grid[r][c] === 1) fresh++;
        }
    let minutes = 0;
    while (queue.length && fresh) {
        minutes++;
        const next = [];
        for (const [r, c] of queue) {
            for (const [a, b] of [[r + 1, c], [r - 1, c], [r, c + 1], [r, c - 1]]) {
                if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] === 1) {
                    grid[a][b] = 2;
                    fresh--;
                    next.push([a, b]);
                }
            }
        }
        queue = next;
    }
    return fresh ? -1 : minutes;
}
