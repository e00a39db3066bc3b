// Tracks the farthest index but never checks that the current index was reachable in the first place.
class Solution {
public:
    bool canJump(vector<int>& nums) {
        int farthest = 0, n = nums.size();
        for (int i = 0; i < n; i++) farthest = max(farthest, i + nums[i]);
        return farthest >= n - 1;
    }
};
