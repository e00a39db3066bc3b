class Solution {
    // Before adding each edge, search the graph built so far for a path between its ends: the first
    // edge whose ends are already connected closes the cycle. Correct, but O(n) a search: O(n^2).
    public int[] findRedundantConnection(int[][] edges) {
        int n = edges.length;
        List<List<Integer>> adj = new ArrayList<>();
        for (int v = 0; v <= n; v++) adj.add(new ArrayList<>());
        int[] seen = new int[n + 1];
        Arrays.fill(seen, -1);
        int[] stack = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int a = edges[i][0], b = edges[i][1];
            boolean found = false;
            int top = 0;
            stack[top++] = a;
            seen[a] = i;
            while (top > 0 && !found) {
                int v = stack[--top];
                if (v == b) found = true;
                for (int w : adj.get(v)) if (seen[w] != i) { seen[w] = i; stack[top++] = w; }
            }
            if (found) return new int[] {a, b};
            adj.get(a).add(b);
            adj.get(b).add(a);
        }
        return new int[0];
    }
}
