class Solution {
public:
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        vector<vector<pair<int, int>>> adj(n);
        for (auto& f : flights) adj[f[0]].push_back({f[1], f[2]});
        vector<bool> done(n, false);
        // (price, city, flights taken)
        priority_queue<tuple<int, int, int>, vector<tuple<int, int, int>>, greater<>> heap;
        heap.push({0, src, 0});
        while (!heap.empty()) {
            auto [cost, u, used] = heap.top();
            heap.pop();
            if (u == dst) return cost;
            if (done[u]) continue;
            done[u] = true;  // a city is settled by its cheapest arrival, whatever the number of flights
            if (used == k + 1) continue;
            for (auto [v, p] : adj[u]) {
                if (!done[v]) heap.push({cost + p, v, used + 1});
            }
        }
        return -1;
    }
};
