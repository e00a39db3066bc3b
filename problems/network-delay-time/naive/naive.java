class Solution {
    // Bellman-Ford: relax every edge, round after round, until nothing changes. Correct, but a path
    // listed backwards gains one node a round: O(V * E).
    public int networkDelayTime(int[][] times, int n, int k) {
        final long INF = Long.MAX_VALUE / 4;
        long[] dist = new long[n + 1];
        Arrays.fill(dist, INF);
        dist[k] = 0;
        for (int round = 0; round < n; round++) {
            boolean changed = false;
            for (int[] t : times)
                if (dist[t[0]] + t[2] < dist[t[1]]) { dist[t[1]] = dist[t[0]] + t[2]; changed = true; }
            if (!changed) break;
        }
        long best = 0;
        for (int v = 1; v <= n; v++) best = Math.max(best, dist[v]);
        return best >= INF ? -1 : (int) best;
    }
}
