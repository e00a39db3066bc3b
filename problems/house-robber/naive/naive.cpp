class Solution {
public:
    // Take or skip each house, as plain recursion without memo: about 1.62^n calls.
    int rob(vector<int>& nums) { return best(nums, 0); }

private:
    int best(const vector<int>& nums, size_t i) {
        if (i >= nums.size()) return 0;
        return max(best(nums, i + 1), nums[i] + best(nums, i + 2));
    }
};
