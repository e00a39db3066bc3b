class Solution {
    private List<List<int[]>> out;
    private boolean[] seen;
    private int dst, best;

    private void walk(int u, int cost, int left) {
        if (u == dst) { best = Math.min(best, cost); return; }
        if (left == 0) return;
        seen[u] = true;
        for (int[] e : out.get(u)) if (!seen[e[0]]) walk(e[0], cost + e[1], left - 1);
        seen[u] = false;
    }

    // Every simple route with at most k + 1 flights: correct, but exponential in k.
    public int findCheapestPrice(int n, int[][] flights, int src, int dst, int k) {
        out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(new ArrayList<>());
        for (int[] f : flights) out.get(f[0]).add(new int[] {f[1], f[2]});
        seen = new boolean[n];
        this.dst = dst;
        best = Integer.MAX_VALUE;
        walk(src, 0, k + 1);
        return best == Integer.MAX_VALUE ? -1 : best;
    }
}
