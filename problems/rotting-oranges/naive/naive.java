class Solution {
    // Minute by minute: scan the whole grid, rot every fresh orange next to a rotten one. Correct, but a
    // corridor that rots for O(mn) minutes costs O(mn) each: O((mn)^2).
    public int orangesRotting(int[][] grid) {
        int m = grid.length, n = grid[0].length, minutes = 0;
        for (;;) {
            int[][] next = new int[m][];
            for (int r = 0; r < m; r++) next[r] = grid[r].clone();
            boolean changed = false;
            for (int r = 0; r < m; r++)
                for (int c = 0; c < n; c++) {
                    if (grid[r][c] != 1) continue;
                    if ((r > 0 && grid[r - 1][c] == 2) || (r + 1 < m && grid[r + 1][c] == 2)
                            || (c > 0 && grid[r][c - 1] == 2) || (c + 1 < n && grid[r][c + 1] == 2)) {
                        next[r][c] = 2;
                        changed = true;
                    }
                }
            if (!changed) break;
            grid = next;
            minutes++;
        }
        for (int[] row : grid) for (int x : row) if (x == 1) return -1;
        return minutes;
    }
}
