public class Solution {
    public int NetworkDelayTime(int[][] times, int n, int k) {
        // Adjacency in CSR arrays: one allocation instead of a list per node.
        int[] start = new int[n + 2];
        foreach (int[] t in times) start[t[0] + 1]++;
        for (int i = 1; i <= n + 1; i++) start[i] += start[i - 1];
        int[] to = new int[times.Length], weight = new int[times.Length], fill = new int[n + 1];
        Array.Copy(start, fill, n + 1);
        foreach (int[] t in times) {
            to[fill[t[0]]] = t[1];
            weight[fill[t[0]]++] = t[2];
        }
        int[] dist = new int[n + 1];
        for (int i = 0; i <= n; i++) dist[i] = int.MaxValue;
        // Dijkstra; a heap entry is dist << 32 | node, so plain long order is (dist, node) order.
        var heap = new MinHeap(times.Length + 1);
        dist[k] = 0;
        heap.Push(k);
        while (heap.Count > 0) {
            long top = heap.Pop();
            int d = (int)(top >> 32), u = (int)(top & 0xffffffff);
            if (d > dist[u]) continue;
            for (int e = start[u]; e < start[u + 1]; e++) {
                int v = to[e];
                if (d + weight[e] < dist[v]) {
                    dist[v] = d + weight[e];
                    heap.Push(((long)dist[v] << 32) + v);
                }
            }
        }
        int best = 0;
        for (int v = 1; v <= n; v++) {
            if (dist[v] == int.MaxValue) return -1;
            best = Math.Max(best, dist[v]);
        }
        return best;
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
