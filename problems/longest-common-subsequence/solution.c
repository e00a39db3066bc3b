int longestCommonSubsequence(char* text1, char* text2) {
    int m = (int)strlen(text1), n = (int)strlen(text2);
    int* row = calloc(n + 1, sizeof(int));
    for (int i = 1; i <= m; i++) {
        int diag = 0;  /* L[i-1][j-1] */
        for (int j = 1; j <= n; j++) {
            int up = row[j];
            if (text1[i - 1] == text2[j - 1]) row[j] = diag + 1;
            else row[j] = up > row[j - 1] ? up : row[j - 1];
            diag = up;
        }
    }
    int answer = row[n];
    free(row);
    return answer;
}
