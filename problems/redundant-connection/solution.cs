public class Solution {
    private int[] parent;

    // Path halving keeps the union-find trees shallow without recursion.
    private int Find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    public int[] FindRedundantConnection(int[][] edges) {
        parent = new int[edges.Length + 1];
        for (int i = 0; i < parent.Length; i++) parent[i] = i;
        // The first edge joining two already-connected vertices is the cycle's last edge in input order.
        foreach (int[] e in edges) {
            int a = Find(e[0]), b = Find(e[1]);
            if (a == b) return new int[] { e[0], e[1] };
            parent[a] = b;
        }
        return new int[0];
    }
}
