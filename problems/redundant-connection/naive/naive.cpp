class Solution {
public:
    // Before adding each edge, search the graph built so far for a path between its ends: the first
    // edge whose ends are already connected closes the cycle. Correct, but O(n) a search: O(n^2).
    vector<int> findRedundantConnection(vector<vector<int>>& edges) {
        int n = (int)edges.size();
        vector<vector<int>> adj(n + 1);
        vector<int> seen(n + 1, -1), stack;
        for (int i = 0; i < n; i++) {
            int a = edges[i][0], b = edges[i][1];
            bool found = false;
            stack.assign(1, a);
            seen[a] = i;
            while (!stack.empty() && !found) {
                int v = stack.back();
                stack.pop_back();
                if (v == b) found = true;
                for (int w : adj[v]) if (seen[w] != i) { seen[w] = i; stack.push_back(w); }
            }
            if (found) return {a, b};
            adj[a].push_back(b);
            adj[b].push_back(a);
        }
        return {};
    }
};
