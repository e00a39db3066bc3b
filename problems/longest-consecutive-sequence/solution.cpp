class Solution {
public:
    int longestConsecutive(vector<int>& nums) {
        unordered_set<int> present;
        present.reserve(nums.size() * 2);  // no rehashing while 10^5 values go in
        present.insert(nums.begin(), nums.end());
        int best = 0;
        for (int x : present) {
            if (present.count(x - 1)) continue;
            int y = x;
            while (present.count(y + 1)) y++;
            best = max(best, y - x + 1);
        }
        return best;
    }
};
