int orangesRotting(int** grid, int gridSize, int* gridColSize) {
    int m = gridSize, n = gridColSize[0], fresh = 0, head = 0, tail = 0;
    int* queue = malloc(sizeof(int) * m * n);
    for (int r = 0; r < m; r++)
        for (int c = 0; c < n; c++) {
            if (grid[r][c] == 2) queue[tail++] = r * n + c;
            else if (grid[r][c] == 1) fresh++;
        }
    static const int dr[4] = {1, -1, 0, 0}, dc[4] = {0, 0, 1, -1};
    int minutes = 0;
    while (head < tail && fresh > 0) {
        minutes++;
        int end = tail;
        for (; head < end; head++) {
            int r = queue[head] / n, c = queue[head] % n;
            for (int d = 0; d < 4; d++) {
                int a = r + dr[d], b = c + dc[d];
                if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 1) {
                    grid[a][b] = 2;
                    fresh--;
                    queue[tail++] = a * n + b;
                }
            }
        }
    }
    free(queue);
    return fresh > 0 ? -1 : minutes;
}
