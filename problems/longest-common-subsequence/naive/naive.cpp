class Solution {
public:
    // The prefix recurrence as plain recursion without memo: up to 2^(m+n) calls.
    int longestCommonSubsequence(string text1, string text2) { return lcs(text1, text2, text1.size(), text2.size()); }

private:
    int lcs(const string& a, const string& b, size_t i, size_t j) {
        if (i == 0 || j == 0) return 0;
        if (a[i - 1] == b[j - 1]) return lcs(a, b, i - 1, j - 1) + 1;
        return max(lcs(a, b, i - 1, j), lcs(a, b, i, j - 1));
    }
};
