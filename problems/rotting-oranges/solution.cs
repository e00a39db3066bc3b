public class Solution {
    public int OrangesRotting(int[][] grid) {
        int m = grid.Length, n = grid[0].Length, fresh = 0;
        // Multi-source BFS from every rotten orange; one level per minute.
        var queue = new Queue<int>();
        for (int r = 0; r < m; r++)
            for (int c = 0; c < n; c++) {
                if (grid[r][c] == 2) queue.Enqueue(r * n + c);
                else if (grid[r][c] == 1) fresh++;
            }
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        int minutes = 0;
        while (queue.Count > 0 && fresh > 0) {
            minutes++;
            for (int k = queue.Count; k > 0; k--) {
                int p = queue.Dequeue();
                for (int d = 0; d < 4; d++) {
                    int a = p / n + dr[d], b = p % n + dc[d];
                    if (a >= 0 && a < m && b >= 0 && b < n && grid[a][b] == 1) {
                        grid[a][b] = 2;
                        fresh--;
                        queue.Enqueue(a * n + b);
                    }
                }
            }
        }
        return fresh > 0 ? -1 : minutes;
    }
}
