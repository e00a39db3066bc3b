class Solution {
public:
    bool canJump(vector<int>& nums) {
        int farthest = 0, n = nums.size();
        for (int i = 0; i < n && i <= farthest; i++) {
            farthest = max(farthest, i + nums[i]);
            if (farthest >= n - 1) return true;
        }
        return farthest >= n - 1;
    }
};
