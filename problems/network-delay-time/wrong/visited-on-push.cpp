class Solution {
public:
    int networkDelayTime(vector<vector<int>>& times, int n, int k) {
        vector<vector<pair<int, int>>> adj(n + 1);
        for (auto& t : times) adj[t[0]].push_back({t[1], t[2]});
        vector<int> dist(n + 1, INT_MAX);
        vector<bool> done(n + 1, false);
        priority_queue<pair<int, int>, vector<pair<int, int>>, greater<>> heap;
        dist[k] = 0;
        done[k] = true;
        heap.push({0, k});
        while (!heap.empty()) {
            auto [d, u] = heap.top();
            heap.pop();
            for (auto [v, w] : adj[u]) {
                if (!done[v]) { // fixes a node's distance the first time it is seen
                    done[v] = true;
                    dist[v] = d + w;
                    heap.push({dist[v], v});
                }
            }
        }
        int best = 0;
        for (int v = 1; v <= n; v++) {
            if (dist[v] == INT_MAX) return -1;
            best = max(best, dist[v]);
        }
        return best;
    }
};
