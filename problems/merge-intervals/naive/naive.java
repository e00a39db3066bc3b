class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    // Every pair: overlapping intervals (touching counts) join one group, and a group merges into
    // [least start, greatest end]. Correct, but O(n^2) comparisons.
    public int[][] merge(int[][] intervals) {
        int n = intervals.length;
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (intervals[i][0] <= intervals[j][1] && intervals[j][0] <= intervals[i][1]) parent[find(i)] = find(j);
        int[] lo = new int[n], hi = new int[n];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (int i = 0; i < n; i++) {
            int r = find(i);
            lo[r] = Math.min(lo[r], intervals[i][0]);
            hi[r] = Math.max(hi[r], intervals[i][1]);
        }
        List<int[]> out = new ArrayList<>();
        for (int r = 0; r < n; r++)
            if (parent[r] == r) out.add(new int[] { lo[r], hi[r] });
        return out.toArray(new int[0][]);
    }
}
