public class Solution {
    public int MinDistance(string word1, string word2) {
        int m = word1.Length, n = word2.Length;
        // d[i][j]: edits turning the first i characters of word1 into the first j of word2
        int[][] d = new int[m + 1][];
        for (int i = 0; i <= m; i++) {
            d[i] = new int[n + 1];
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) d[0][j] = j;
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                if (word1[i - 1] == word2[j - 1]) d[i][j] = d[i - 1][j - 1];
                else d[i][j] = 1 + Math.Min(d[i - 1][j - 1], Math.Min(d[i - 1][j], d[i][j - 1]));
            }
        }
        return d[m][n];
    }
}
