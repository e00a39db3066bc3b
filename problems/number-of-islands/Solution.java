class Solution {
    public int numIslands(String[] grid) {
        int m = grid.length, n = grid[0].length();
        boolean[][] seen = new boolean[m][n];
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        int islands = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i].charAt(j) != '1' || seen[i][j]) continue;
                islands++;
                seen[i][j] = true;
                stack.push(new int[] { i, j });
                while (!stack.isEmpty()) {
                    int[] cell = stack.pop();
                    for (int d = 0; d < 4; d++) {
                        int r = cell[0] + dr[d], c = cell[1] + dc[d];
                        if (r >= 0 && c >= 0 && r < m && c < n && !seen[r][c] && grid[r].charAt(c) == '1') {
                            seen[r][c] = true;
                            stack.push(new int[] { r, c });
                        }
                    }
                }
            }
        }
        return islands;
    }
}
