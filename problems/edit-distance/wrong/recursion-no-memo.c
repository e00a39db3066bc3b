/* The right recurrence as plain recursion: exponential on long words. */
static int min3(int a, int b, int c) {
    int m = a < b ? a : b;
    return m < c ? m : c;
}

static int dist(const char* a, int i, const char* b, int j) {
    if (i == 0) return j;
    if (j == 0) return i;
    if (a[i - 1] == b[j - 1]) return dist(a, i - 1, b, j - 1);
    return 1 + min3(dist(a, i - 1, b, j), dist(a, i, b, j - 1), dist(a, i - 1, b, j - 1));
}

int minDistance(char* word1, char* word2) {
    return dist(word1, (int)strlen(word1), word2, (int)strlen(word2));
}
