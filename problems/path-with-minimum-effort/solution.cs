public class Solution {
    public int MinimumEffortPath(int[][] heights) {
        int rows = heights.Length, cols = heights[0].Length;
        int[] best = new int[rows * cols];
        for (int i = 0; i < best.Length; i++) best[i] = int.MaxValue;
        best[0] = 0;
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        // Dijkstra on the max edge; a heap entry is effort << 32 | cell, ordered by effort.
        var heap = new MinHeap(rows * cols);
        heap.Push(0);
        while (heap.Count > 0) {
            long top = heap.Pop();
            int effort = (int)(top >> 32), cell = (int)(top & 0xffffffff);
            if (effort > best[cell]) continue;
            int r = cell / cols, c = cell % cols;
            if (r == rows - 1 && c == cols - 1) return effort;
            for (int d = 0; d < 4; d++) {
                int nr = r + dr[d], nc = c + dc[d];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols) continue;
                int e = Math.Max(effort, Math.Abs(heights[nr][nc] - heights[r][c]));
                if (e < best[nr * cols + nc]) {
                    best[nr * cols + nc] = e;
                    heap.Push(((long)e << 32) + nr * cols + nc);
                }
            }
        }
        return 0;
    }

    // Mono 6.8 has no PriorityQueue: a binary min-heap of longs.
    private sealed class MinHeap {
        private long[] a;
        public int Count;

        public MinHeap(int capacity) { a = new long[Math.Max(1, capacity)]; }

        public void Push(long x) {
            if (Count == a.Length) Array.Resize(ref a, Count * 2);
            int i = Count++;
            while (i > 0 && a[(i - 1) / 2] > x) {
                a[i] = a[(i - 1) / 2];
                i = (i - 1) / 2;
            }
            a[i] = x;
        }

        public long Pop() {
            long top = a[0], x = a[--Count];
            int i = 0;
            while (true) {
                int c = 2 * i + 1;
                if (c >= Count) break;
                if (c + 1 < Count && a[c + 1] < a[c]) c++;
                if (a[c] >= x) break;
                a[i] = a[c];
                i = c;
            }
            a[i] = x;
            return top;
        }
    }
}
