class Solution {
    public int orangesRotting(int[][] grid) {
        int m = grid.length, n = grid[0].length, fresh = 0;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) {
                if (grid[r][c] == 2) queue.add(new int[] { r, c });
                else if (grid[r][c] == 1) fresh++;
            }
        int[][] dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        int minutes = 0;
        while (!queue.isEmpty() && fresh > 0) {
            minutes++;
            for (int k = queue.size(); k > 0; k--) {
                int[] p = queue.poll();
                for (int[] d : dirs) {
                    int a = p[0] + d[0], b = p[1] + d[1];
                    if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 1) {
                        grid[a][b] = 2;
                        fresh--;
                        queue.add(new int[] { a, b });
                    }
                }
            }
        }
        return fresh > 0 ? -1 : minutes;
    }
}
