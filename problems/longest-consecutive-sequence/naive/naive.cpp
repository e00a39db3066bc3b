class Solution {
public:
    // Walk up from every value, looking for the next one by a linear scan: correct, but O(n^2)
    // (and worse along a long run) on 10^5 values.
    int longestConsecutive(vector<int>& nums) {
        int best = 0;
        for (int x : nums) {
            long long y = x;
            while (find(nums.begin(), nums.end(), y + 1) != nums.end()) y++;
            best = max(best, (int)(y - x + 1));
        }
        return best;
    }
};
