/* ok[i]: the prefix s[0..i) splits into words. From each reachable i, try every word that matches there. */
bool wordBreak(char* s, char** wordDict, int wordDictSize) {
    int n = (int)strlen(s);
    int* lens = malloc(sizeof(int) * wordDictSize);
    for (int j = 0; j < wordDictSize; j++) lens[j] = (int)strlen(wordDict[j]);
    bool* ok = calloc(n + 1, sizeof(bool));
    ok[0] = true;
    for (int i = 0; i < n && !ok[n]; i++) {
        if (!ok[i]) continue;
        for (int j = 0; j < wordDictSize; j++) {
            if (lens[j] <= n - i && strncmp(s + i, wordDict[j], lens[j]) == 0) ok[i + lens[j]] = true;
        }
    }
    bool answer = ok[n];
    free(ok);
    free(lens);
    return answer;
}
