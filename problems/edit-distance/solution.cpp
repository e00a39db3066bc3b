class Solution {
public:
    int minDistance(string word1, string word2) {
        int m = word1.size(), n = word2.size();
        vector<int> row(n + 1);
        for (int j = 0; j <= n; j++) row[j] = j;
        for (int i = 1; i <= m; i++) {
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= n; j++) {
                int up = row[j];
                row[j] = word1[i - 1] == word2[j - 1] ? diag : 1 + min({up, row[j - 1], diag});
                diag = up;
            }
        }
        return row[n];
    }
};
