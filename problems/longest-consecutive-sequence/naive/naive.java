class Solution {
    // Walk up from every value, looking for the next one by a linear scan: correct, but O(n^2)
    // (and worse along a long run) on 10^5 values.
    public int longestConsecutive(int[] nums) {
        int best = 0;
        for (int x : nums) {
            long y = x;
            while (contains(nums, y + 1)) y++;
            best = Math.max(best, (int) (y - x + 1));
        }
        return best;
    }

    private static boolean contains(int[] nums, long v) {
        for (int z : nums) if (z == v) return true;
        return false;
    }
}
