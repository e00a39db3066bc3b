class Solution {
public:
    int longestCommonSubsequence(string text1, string text2) {
        int m = text1.size(), n = text2.size();
        vector<int> row(n + 1, 0);  // row[j] for the current i; diag holds L[i-1][j-1]
        for (int i = 1; i <= m; i++) {
            int diag = 0;
            for (int j = 1; j <= n; j++) {
                int up = row[j];
                row[j] = text1[i - 1] == text2[j - 1] ? diag + 1 : max(up, row[j - 1]);
                diag = up;
            }
        }
        return row[n];
    }
};
