public class Solution {
    public int MaxCoins(int[] nums) {
        int n = nums.Length + 2;
        int[] v = new int[n];
        v[0] = v[n - 1] = 1;
        for (int i = 0; i < nums.Length; i++) v[i + 1] = nums[i];
        // best[i][j]: everything strictly between i and j burst, k the last of them
        int[][] best = new int[n][];
        for (int i = 0; i < n; i++) best[i] = new int[n];
        for (int gap = 2; gap < n; gap++) {
            for (int i = 0; i + gap < n; i++) {
                int j = i + gap, edge = v[i] * v[j], b = 0;
                int[] row = best[i];
                for (int k = i + 1; k < j; k++) b = Math.Max(b, row[k] + best[k][j] + edge * v[k]);
                row[j] = b;
            }
        }
        return best[0][n - 1];
    }
}
