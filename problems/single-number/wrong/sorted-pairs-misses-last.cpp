// Sorts, then walks the pairs two at a time; forgets that the single value can be the last one.
class Solution {
public:
    int singleNumber(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        for (size_t i = 0; i + 1 < nums.size(); i += 2) {
            if (nums[i] != nums[i + 1]) return nums[i];
        }
        return 0;
    }
};
