public class Solution {
    public int[][] Subsets(int[] nums) {
        // Each bitmask of n bits picks one subset.
        int n = nums.Length, total = 1 << n;
        int[][] output = new int[total][];
        for (int mask = 0; mask < total; mask++) {
            int size = 0;
            for (int m = mask; m != 0; m &= m - 1) size++;
            int[] subset = new int[size];
            for (int i = 0, k = 0; i < n; i++) if ((mask >> i & 1) == 1) subset[k++] = nums[i];
            output[mask] = subset;
        }
        return output;
    }
}
