public class Solution {
    public long UniquePaths(int m, int n) {
        // One DP row: paths into a cell = from above (row[c]) + from the left (row[c - 1]).
        long[] row = new long[n];
        for (int c = 0; c < n; c++) row[c] = 1;
        for (int r = 1; r < m; r++) {
            for (int c = 1; c < n; c++) row[c] += row[c - 1];
        }
        return row[n - 1];
    }
}
