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

    public int CountComponents(int n, int[][] edges) {
        parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int count = n;
        foreach (int[] e in edges) {
            int a = Find(e[0]), b = Find(e[1]);
            if (a != b) {
                parent[a] = b;
                count--;
            }
        }
        return count;
    }
}
