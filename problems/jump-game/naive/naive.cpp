class Solution {
public:
    // Bottom-up: an index is good if one of the indices it can jump to is good. Correct, but
    // O(n^2) when long jumps land only on bad indices (10^5 of them).
    bool canJump(vector<int>& nums) {
        int n = nums.size();
        vector<char> good(n, 0);
        good[n - 1] = 1;
        for (int i = n - 2; i >= 0; i--) {
            int last = min(n - 1, i + nums[i]);
            for (int j = i + 1; j <= last; j++)
                if (good[j]) { good[i] = 1; break; }
        }
        return good[0];
    }
};
