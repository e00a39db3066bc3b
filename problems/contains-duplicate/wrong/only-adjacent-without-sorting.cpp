// Compares neighbours as if the array were sorted, but never sorts it: misses [3, 1, 4, 1, 5].
class Solution {
public:
    bool containsDuplicate(vector<int>& nums) {
        for (size_t i = 1; i < nums.size(); i++) {
            if (nums[i] == nums[i - 1]) return true;
        }
        return false;
    }
};
