class Solution {
    public int minimumEffortPath(int[][] heights) {
        int rows = heights.length, cols = heights[0].length;
        int[][] best = new int[rows][cols];
        for (int[] row : best) Arrays.fill(row, Integer.MAX_VALUE);
        best[0][0] = 0;
        int[][] dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        // {effort, row, col}
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        heap.add(new int[] { 0, 0, 0 });
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int effort = top[0], r = top[1], c = top[2];
            if (effort > best[r][c]) continue;
            if (r == rows - 1 && c == cols - 1) return effort;
            for (int[] d : dirs) {
                int nr = r + d[0], nc = c + d[1];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
                int e = Math.max(effort, Math.abs(heights[nr][nc] - heights[r][c]));
                if (e < best[nr][nc]) {
                    best[nr][nc] = e;
                    heap.add(new int[] { e, nr, nc });
                }
            }
        }
        return 0;
    }
}
