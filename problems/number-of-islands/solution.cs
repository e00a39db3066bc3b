public class Solution {
    public int NumIslands(string[] grid) {
        int m = grid.Length, n = grid[0].Length;
        bool[] seen = new bool[m * n];
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        // Explicit stack of cell indices: a 300x300 island would make recursion deep.
        int[] stack = new int[m * n];
        int islands = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                if (grid[i][j] != '1' || seen[i * n + j]) continue;
                islands++;
                seen[i * n + j] = true;
                int top = 0;
                stack[top++] = i * n + j;
                while (top > 0) {
                    int cell = stack[--top];
                    for (int d = 0; d < 4; d++) {
                        int r = cell / n + dr[d], c = cell % n + dc[d];
                        if (r >= 0 && c >= 0 && r < m && c < n && !seen[r * n + c] && grid[r][c] == '1') {
                            seen[r * n + c] = true;
                            stack[top++] = r * n + c;
                        }
                    }
                }
            }
        }
        return islands;
    }
}
