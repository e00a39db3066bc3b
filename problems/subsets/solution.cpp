class Solution {
    vector<vector<int>> out;
    vector<int> path;
    void backtrack(const vector<int>& nums, int start) {
        out.push_back(path);
        for (int i = start; i < (int)nums.size(); i++) {
            path.push_back(nums[i]);
            backtrack(nums, i + 1);
            path.pop_back();
        }
    }

public:
    vector<vector<int>> subsets(vector<int>& nums) {
        backtrack(nums, 0);
        return out;
    }
};
