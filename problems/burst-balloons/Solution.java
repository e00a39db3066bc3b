class Solution {
    public int maxCoins(int[] nums) {
        int n = nums.length + 2;
        int[] v = new int[n];
        v[0] = v[n - 1] = 1;
        for (int i = 0; i < nums.length; i++) v[i + 1] = nums[i];
        int[][] best = new int[n][n];  // best[i][j]: everything strictly between i and j burst
        for (int gap = 2; gap < n; gap++) {
            for (int i = 0; i + gap < n; i++) {
                int j = i + gap, edge = v[i] * v[j], b = 0;
                for (int k = i + 1; k < j; k++) b = Math.max(b, best[i][k] + best[k][j] + edge * v[k]);
                best[i][j] = b;
            }
        }
        return best[0][n - 1];
    }
}
