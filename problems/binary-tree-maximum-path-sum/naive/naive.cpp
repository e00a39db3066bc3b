class Solution {
public:
    // Every pair of ends: from every node, walk every path that starts there (the tree as an undirected
    // graph) and keep the best sum. Correct, but n walks of n nodes: O(n^2).
    int maxPathSum(TreeNode* root) {
        vector<TreeNode*> nodes{root};
        vector<int> parent{-1};
        for (size_t i = 0; i < nodes.size(); i++)
            for (TreeNode* c : {nodes[i]->left, nodes[i]->right})
                if (c) { nodes.push_back(c); parent.push_back((int)i); }
        int n = (int)nodes.size();
        vector<vector<int>> adj(n);
        for (int i = 1; i < n; i++) { adj[i].push_back(parent[i]); adj[parent[i]].push_back(i); }
        int best = INT_MIN;
        vector<array<int, 3>> stack;  // node, where it came from, sum so far
        for (int s = 0; s < n; s++) {
            stack.push_back({s, -1, nodes[s]->val});
            while (!stack.empty()) {
                auto [u, from, sum] = stack.back();
                stack.pop_back();
                best = max(best, sum);
                for (int w : adj[u]) if (w != from) stack.push_back({w, u, sum + nodes[w]->val});
            }
        }
        return best;
    }
};
