class Solution {
    public int minimumSemesters(int n, int[][] relations) {
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        int[] indeg = new int[n + 1];
        for (int[] r : relations) {
            adj.get(r[0]).add(r[1]);
            indeg[r[1]]++;
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 1; c <= n; c++) if (indeg[c] == 0) queue.add(c);
        int taken = 0, semesters = 0;
        while (!queue.isEmpty()) {
            semesters++;
            for (int k = queue.size(); k > 0; k--) {
                int c = queue.poll();
                taken++;
                for (int d : adj.get(c)) if (--indeg[d] == 0) queue.add(d);
            }
        }
        return taken == n ? semesters : -1;
    }
}
