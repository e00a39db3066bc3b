class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        const int INF = INT_MAX;
        vector<int> price(n, INF);
        price[src] = 0;
        // after round i, price[v] is the cheapest way to reach v with at most i flights
        for (int round = 0; round <= k; round++) {
            vector<int> next = price;
            for (auto& f : flights) {
                if (price[f[0]] != INF && price[f[0]] + f[2] < next[f[1]]) next[f[1]] = price[f[0]] + f[2];
            }
            price = move(next);
        }
        return price[dst] == INF ? -1 : price[dst];
    }
};
