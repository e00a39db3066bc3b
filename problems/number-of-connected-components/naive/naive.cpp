class Solution {
public:
    // Quick-find: each node carries its component's label; a union relabels every node of one side
    // by scanning all n. Correct, but O(n) a union: O(V * E).
    int countComponents(int n, vector<vector<int>>& edges) {
        vector<int> label(n);
        for (int v = 0; v < n; v++) label[v] = v;
        int count = n;
        for (const auto& e : edges) {
            int from = label[e[1]], to = label[e[0]];
            if (from == to) continue;
            for (int v = 0; v < n; v++) if (label[v] == from) label[v] = to;
            count--;
        }
        return count;
    }
};
