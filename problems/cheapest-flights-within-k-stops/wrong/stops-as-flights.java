class Solution {
    public int findCheapestPrice(int n, int[][] flights, int src, int dst, int k) {
        final int INF = Integer.MAX_VALUE;
        int[] price = new int[n];
        Arrays.fill(price, INF);
        price[src] = 0;
        for (int round = 0; round < k; round++) { // k rounds: treats k as the number of flights, not stops
            int[] next = price.clone();
            for (int[] f : flights) {
                if (price[f[0]] != INF && price[f[0]] + f[2] < next[f[1]]) next[f[1]] = price[f[0]] + f[2];
            }
            price = next;
        }
        return price[dst] == INF ? -1 : price[dst];
    }
}
