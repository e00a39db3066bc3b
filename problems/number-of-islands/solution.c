int numIslands(char** grid, int gridSize) {
    int m = gridSize, n = (int)strlen(grid[0]), islands = 0;
    int* stack = malloc(sizeof(int) * m * n);
    const int dr[] = {1, -1, 0, 0}, dc[] = {0, 0, 1, -1};
    for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
            if (grid[i][j] != '1') continue;
            islands++;
            int top = 0;
            grid[i][j] = '0'; /* sink the island as it is explored */
            stack[top++] = i * n + j;
            while (top > 0) {
                int cell = stack[--top], r = cell / n, c = cell % n;
                for (int d = 0; d < 4; d++) {
                    int x = r + dr[d], y = c + dc[d];
                    if (x >= 0 && y >= 0 && x < m && y < n && grid[x][y] == '1') {
                        grid[x][y] = '0';
                        stack[top++] = x * n + y;
                    }
                }
            }
        }
    }
    free(stack);
    return islands;
}
