class Solution {
    // Take or skip each house, as plain recursion without memo: about 1.62^n calls.
    public int rob(int[] nums) {
        return best(nums, 0);
    }

    private int best(int[] nums, int i) {
        if (i >= nums.length) return 0;
        return Math.max(best(nums, i + 1), nums[i] + best(nums, i + 2));
    }
}
