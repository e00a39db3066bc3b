class Solution {
    public int[][] subsets(int[] nums) {
        int n = nums.length, total = 1 << n;
        int[][] out = new int[total][];
        for (int mask = 0; mask < total; mask++) {
            int[] subset = new int[Integer.bitCount(mask)];
            for (int i = 0, k = 0; i < n; i++) if ((mask >> i & 1) == 1) subset[k++] = nums[i];
            out[mask] = subset;
        }
        return out;
    }
}
