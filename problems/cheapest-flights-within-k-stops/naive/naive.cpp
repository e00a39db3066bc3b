class Solution {
    vector<vector<pair<int, int>>> out;
    vector<bool> seen;
    int dst, best;
    void walk(int u, int cost, int left) {
        if (u == dst) { best = min(best, cost); return; }
        if (left == 0) return;
        seen[u] = true;
        for (auto [v, p] : out[u]) if (!seen[v]) walk(v, cost + p, left - 1);
        seen[u] = false;
    }
public:
    // Every simple route with at most k + 1 flights: correct, but exponential in k.
    int findCheapestPrice(int n, vector<vector<int>>& flights, int src, int dst, int k) {
        out.assign(n, {});
        for (auto& f : flights) out[f[0]].push_back({f[1], f[2]});
        seen.assign(n, false);
        this->dst = dst;
        best = INT_MAX;
        walk(src, 0, k + 1);
        return best == INT_MAX ? -1 : best;
    }
};
