public class Solution {
    private int[] parent;

    // iterative with path halving: no recursion depth on long chains
    private int Find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public bool ValidPath(int n, int[][] edges, int source, int destination) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        foreach (int[] e in edges) parent[Find(e[0])] = Find(e[1]);
        return Find(source) == Find(destination);
    }
}
