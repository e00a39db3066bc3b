public class Solution {
    public int FindCheapestPrice(int n, int[][] flights, int src, int dst, int k) {
        const int INF = int.MaxValue;
        int[] price = new int[n];
        for (int i = 0; i < n; i++) price[i] = INF;
        price[src] = 0;
        // after round i, price[v] is the cheapest way to reach v with at most i flights;
        // relaxing from a copy keeps one round from chaining several flights
        for (int round = 0; round <= k; round++) {
            int[] next = (int[]) price.Clone();
            foreach (int[] f in flights) {
                if (price[f[0]] != INF && price[f[0]] + f[2] < next[f[1]]) next[f[1]] = price[f[0]] + f[2];
            }
            price = next;
        }
        return price[dst] == INF ? -1 : price[dst];
    }
}
