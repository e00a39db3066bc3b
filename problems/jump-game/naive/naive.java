class Solution {
    // Bottom-up: an index is good if one of the indices it can jump to is good. Correct, but
    // O(n^2) when long jumps land only on bad indices (10^5 of them).
    public boolean canJump(int[] nums) {
        int n = nums.length;
        boolean[] good = new boolean[n];
        good[n - 1] = true;
        for (int i = n - 2; i >= 0; i--) {
            int last = Math.min(n - 1, i + nums[i]);
            for (int j = i + 1; j <= last; j++)
                if (good[j]) { good[i] = true; break; }
        }
        return good[0];
    }
}
