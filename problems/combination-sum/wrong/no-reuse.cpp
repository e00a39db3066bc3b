class Solution {
    vector<vector<int>> out;
    vector<int> path;
    void backtrack(const vector<int>& c, int start, int remaining) {
        if (remaining == 0) {
            out.push_back(path);
            return;
        }
        for (int i = start; i < (int)c.size() && c[i] <= remaining; i++) {
            path.push_back(c[i]);
            backtrack(c, i + 1, remaining - c[i]); // each candidate at most once
            path.pop_back();
        }
    }

public:
    vector<vector<int>> combinationSum(vector<int>& candidates, int target) {
        sort(candidates.begin(), candidates.end());
        backtrack(candidates, 0, target);
        return out;
    }
};
