// Right DP, but in 32-bit ints: overflows once the answer passes 2^31 - 1.
class Solution {
    public long uniquePaths(int m, int n) {
        int[] row = new int[n];
        Arrays.fill(row, 1);
        for (int r = 1; r < m; r++) {
            for (int c = 1; c < n; c++) row[c] += row[c - 1];
        }
        return row[n - 1];
    }
}
