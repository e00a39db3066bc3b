class Solution {
    vector<int> parent;
    int find(int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }
public:
    // Every pair: overlapping intervals (touching counts) join one group, and a group merges into
    // [least start, greatest end]. Correct, but O(n^2) comparisons.
    vector<vector<int>> merge(vector<vector<int>>& intervals) {
        int n = (int)intervals.size();
        parent.resize(n);
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (intervals[i][0] <= intervals[j][1] && intervals[j][0] <= intervals[i][1]) parent[find(i)] = find(j);
        vector<int> lo(n, INT_MAX), hi(n, INT_MIN);
        for (int i = 0; i < n; i++) {
            int r = find(i);
            lo[r] = min(lo[r], intervals[i][0]);
            hi[r] = max(hi[r], intervals[i][1]);
        }
        vector<vector<int>> out;
        for (int r = 0; r < n; r++)
            if (parent[r] == r) out.push_back({lo[r], hi[r]});
        return out;
    }
};
