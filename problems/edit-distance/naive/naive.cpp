class Solution {
public:
    // The Levenshtein recurrence as plain recursion without memo: up to 3^(m+n) calls.
    int minDistance(string word1, string word2) { return dist(word1, word1.size(), word2, word2.size()); }

private:
    int dist(const string& a, int i, const string& b, int j) {
        if (i == 0) return j;
        if (j == 0) return i;
        if (a[i - 1] == b[j - 1]) return dist(a, i - 1, b, j - 1);
        return 1 + min({dist(a, i - 1, b, j), dist(a, i, b, j - 1), dist(a, i - 1, b, j - 1)});
    }
};
