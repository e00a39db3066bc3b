class Solution {
public:
    // Bellman-Ford: relax every edge, round after round, until nothing changes. Correct, but a path
    // listed backwards gains one node a round: O(V * E).
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        const long long INF = LLONG_MAX / 4;
        vector<long long> dist(n + 1, INF);
        dist[k] = 0;
        for (int round = 0; round < n; round++) {
            bool changed = false;
            for (const auto& t : times)
                if (dist[t[0]] + t[2] < dist[t[1]]) { dist[t[1]] = dist[t[0]] + t[2]; changed = true; }
            if (!changed) break;
        }
        long long best = 0;
        for (int v = 1; v <= n; v++) best = max(best, dist[v]);
        return best >= INF ? -1 : (int)best;
    }
};
