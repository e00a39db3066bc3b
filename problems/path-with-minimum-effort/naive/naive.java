class Solution {
    // Relax every cell from its neighbours, sweep after sweep in reading order, until nothing changes
    // (Bellman-Ford on the grid). Correct, but a winding path can need O(mn) sweeps: O((mn)^2).
    public int minimumEffortPath(int[][] heights) {
        int rows = heights.length, cols = heights[0].length;
        int[][] effort = new int[rows][cols];
        for (int[] row : effort) Arrays.fill(row, Integer.MAX_VALUE);
        effort[0][0] = 0;
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        for (boolean changed = true; changed;) {
            changed = false;
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++)
                    for (int d = 0; d < 4; d++) {
                        int nr = r + dr[d], nc = c + dc[d];
                        if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || effort[nr][nc] == Integer.MAX_VALUE) continue;
                        int e = Math.max(effort[nr][nc], Math.abs(heights[nr][nc] - heights[r][c]));
                        if (e < effort[r][c]) { effort[r][c] = e; changed = true; }
                    }
        }
        return effort[rows - 1][cols - 1];
    }
}
