static int min3(int a, int b, int c) {
    int m = a < b ? a : b;
    return m < c ? m : c;
}

int minDistance(char* word1, char* word2) {
    int m = (int)strlen(word1), n = (int)strlen(word2);
    int* row = malloc(sizeof(int) * (n + 1));
    for (int j = 0; j <= n; j++) row[j] = j;
    for (int i = 1; i <= m; i++) {
        int diag = row[0];
        row[0] = i;
        for (int j = 1; j <= n; j++) {
            int up = row[j];
            row[j] = word1[i - 1] == word2[j - 1] ? diag : 1 + min3(up, row[j - 1], diag);
            diag = up;
        }
    }
    int answer = row[n];
    free(row);
    return answer;
}
