public class Solution {
    public int LongestCommonSubsequence(string text1, string text2) {
        int m = text1.Length, n = text2.Length;
        // L[i][j]: the answer for the first i characters of text1 and the first j of text2
        int[][] L = new int[m + 1][];
        for (int i = 0; i <= m; i++) L[i] = new int[n + 1];
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                L[i][j] = text1[i - 1] == text2[j - 1] ? L[i - 1][j - 1] + 1 : Math.Max(L[i - 1][j], L[i][j - 1]);
            }
        }
        return L[m][n];
    }
}
